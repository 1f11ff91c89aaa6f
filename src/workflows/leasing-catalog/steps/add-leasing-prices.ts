import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PRICE_RULE_ACQUISITION_MODE,
  PRICE_RULE_DELIVERY_COUNTRY,
  PRICE_RULE_KEYBOARD_LAYOUT,
  PRICE_RULE_LEASE_TERM,
} from "../../../modules/leasing/constants"
import { LeasingPriceInput } from "../types"

export type AddLeasingPricesStepInput = { price_set_id: string; prices: LeasingPriceInput[] }

/** The price rules that make a Medusa price a leasing price. */
export function leasingPriceRules(price: LeasingPriceInput): Record<string, string> {
  const rules: Record<string, string> = { [PRICE_RULE_ACQUISITION_MODE]: price.acquisition_mode }
  if (price.keyboard_layout) rules[PRICE_RULE_KEYBOARD_LAYOUT] = price.keyboard_layout
  if (price.delivery_country) rules[PRICE_RULE_DELIVERY_COUNTRY] = price.delivery_country
  if (price.lease_term_months) rules[PRICE_RULE_LEASE_TERM] = String(price.lease_term_months)
  return rules
}

export const addLeasingPricesStepId = "leasing-add-leasing-prices"
/**
 * Adds leasing prices (prices with price rules) to a price set; compensation removes them.
 */
export const addLeasingPricesStep = createStep(
  addLeasingPricesStepId,
  async ({ price_set_id, prices }: AddLeasingPricesStepInput, { container }) => {
    if (!prices.length) {
      return new StepResponse([], [])
    }
    const pricing = container.resolve(Modules.PRICING)
    const idsOf = async () =>
      (await pricing.listPrices({ price_set_id: [price_set_id] }, { select: ["id"] })).map((p) => p.id)
    const before = new Set(await idsOf())
    await pricing.addPrices({
      priceSetId: price_set_id,
      prices: prices.map((p) => ({ amount: p.amount, currency_code: p.currency_code, rules: leasingPriceRules(p) })),
    })
    const added = (await idsOf()).filter((id) => !before.has(id))
    return new StepResponse(added, added)
  },
  async (added, { container }) => {
    if (!added?.length) return
    await container.resolve(Modules.PRICING).removePrices(added)
  }
)
