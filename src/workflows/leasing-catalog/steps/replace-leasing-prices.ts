import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PRICE_RULE_ACQUISITION_MODE,
  PRICE_RULE_DELIVERY_COUNTRY,
  PRICE_RULE_KEYBOARD_LAYOUT,
} from "../../../modules/leasing/constants"
import { LeasingPriceInput } from "../types"

export type ReplaceLeasingPricesStepInput = { price_set_id: string; prices: LeasingPriceInput[] }

/** The price rules that make a Medusa price a leasing price. */
export function leasingPriceRules(price: LeasingPriceInput): Record<string, string> {
  const rules: Record<string, string> = { [PRICE_RULE_ACQUISITION_MODE]: price.acquisition_mode }
  if (price.keyboard_layout) rules[PRICE_RULE_KEYBOARD_LAYOUT] = price.keyboard_layout
  if (price.delivery_country) rules[PRICE_RULE_DELIVERY_COUNTRY] = price.delivery_country
  return rules
}

export const replaceLeasingPricesStepId = "replace-leasing-prices"
/**
 * Replaces the leasing prices (those with an `acquisition_mode` rule, outside price lists) of a
 * price set. Old prices are soft-deleted so that compensation restores them with their ids.
 */
export const replaceLeasingPricesStep = createStep(
  replaceLeasingPricesStepId,
  async ({ price_set_id, prices }: ReplaceLeasingPricesStepInput, { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    const current = await pricing.listPrices(
      { price_set_id: [price_set_id] },
      { select: ["id"], relations: ["price_rules", "price_list"] }
    )
    const oldIds = current
      .filter((p) => !p.price_list && p.price_rules?.some((r) => r.attribute === PRICE_RULE_ACQUISITION_MODE))
      .map((p) => p.id)
    if (oldIds.length) {
      await pricing.softDeletePrices(oldIds)
    }
    let newIds: string[] = []
    if (prices.length) {
      const before = new Set((await pricing.listPrices({ price_set_id: [price_set_id] }, { select: ["id"] })).map((p) => p.id))
      await pricing.addPrices({
        priceSetId: price_set_id,
        prices: prices.map((p) => ({ amount: p.amount, currency_code: p.currency_code, rules: leasingPriceRules(p) })),
      })
      const after = await pricing.listPrices({ price_set_id: [price_set_id] }, { select: ["id"] })
      newIds = after.map((p) => p.id).filter((id) => !before.has(id))
    }
    return new StepResponse({ removed: oldIds.length, added: newIds.length }, { oldIds, newIds })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const pricing = container.resolve(Modules.PRICING)
    if (compensation.newIds.length) await pricing.removePrices(compensation.newIds)
    if (compensation.oldIds.length) await pricing.restorePrices(compensation.oldIds)
  }
)
