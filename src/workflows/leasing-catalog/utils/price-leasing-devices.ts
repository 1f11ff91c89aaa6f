import { IPricingModuleService } from "@medusajs/framework/types"
import {
  PRICE_RULE_ACQUISITION_MODE,
  PRICE_RULE_DELIVERY_COUNTRY,
  PRICE_RULE_KEYBOARD_LAYOUT,
  PRICE_RULE_LEASE_TERM,
} from "../../../modules/leasing/constants"
import { LeasingError } from "../../../utils/leasing-errors"
import { PricedDevice, ResolvedDevice } from "../types"
import { servesLeaseTerm } from "./lease-term-rule"

export type PriceLeasingDevicesInput = {
  devices: ResolvedDevice[]
  currency_code: string
  store_currencies: string[]
  /** Customer groups of the buyer, so that Medusa price lists for those groups apply. */
  customer_group_ids?: string[]
}

function contextKey(d: ResolvedDevice) {
  return [d.acquisition_mode, d.keyboard_layout ?? "", d.delivery_country, d.lease_term_months ?? ""].join("|")
}

function unavailable(device: ResolvedDevice, currency: string) {
  const what = device.acquisition_mode === "LEASING" ? "lease price" : "purchase price"
  return new LeasingError(
    "PRODUCT_PRICING_UNAVAILABLE",
    `${device.variant_title} has no ${what}${
      device.lease_term_months != null ? ` for ${device.lease_term_months} months` : ""
    } in ${currency.toUpperCase()}${device.keyboard_layout ? ` for the ${device.keyboard_layout} layout` : ""} in ${
      device.delivery_country
    }.`
  )
}

/**
 * Prices each device by its acquisition mode through Medusa's Pricing module: the price set's
 * prices carry `acquisition_mode` (and optionally `keyboard_layout`, `delivery_country`) rules,
 * so price lists and customer-group prices apply as usual. A price without the requested
 * mode's rule is never used: a lease never falls back to a purchase price. A lease is priced for
 * its term (`lease_term_months` rule; a lease price without one serves only the offer's
 * default term, see lease-term-rule.ts).
 * One pricing call per distinct (mode, layout, country, term), not per device. Each device gets its
 * price or the error that explains why it has none.
 */
export async function priceLeasingDevices(
  pricing: IPricingModuleService,
  { devices, currency_code, store_currencies, customer_group_ids }: PriceLeasingDevicesInput
): Promise<(PricedDevice | LeasingError)[]> {
  const currency = currency_code.toLowerCase()
  if (!devices.length) {
    return []
  }
  if (!store_currencies.includes(currency)) {
    throw new LeasingError("CURRENCY_NOT_SUPPORTED", `The store does not sell in ${currency.toUpperCase()}.`)
  }
  const priceable = devices.filter(
    (d) => (d.acquisition_mode === "LEASING" ? d.offer.leasable : d.offer.purchasable) && d.price_set_id
  )
  const groups = new Map<string, ResolvedDevice[]>()
  for (const device of priceable) {
    groups.set(contextKey(device), [...(groups.get(contextKey(device)) ?? []), device])
  }

  const calculated = new Map<string, { price_id: string; amount: number; list: boolean }>()
  await Promise.all(
    [...groups.entries()].map(async ([key, group]) => {
      const sample = group[0]
      const context: Record<string, unknown> = {
        currency_code: currency,
        [PRICE_RULE_ACQUISITION_MODE]: sample.acquisition_mode,
        [PRICE_RULE_DELIVERY_COUNTRY]: sample.delivery_country,
      }
      if (sample.keyboard_layout) context[PRICE_RULE_KEYBOARD_LAYOUT] = sample.keyboard_layout
      // A string: Medusa compares a number context value with price rule operators instead.
      if (sample.lease_term_months != null) context[PRICE_RULE_LEASE_TERM] = String(sample.lease_term_months)
      if (customer_group_ids?.length) context.customer = { groups: { id: customer_group_ids } }
      const priceSetIds = [...new Set(group.map((d) => d.price_set_id as string))]
      const prices = await pricing.calculatePrices({ id: priceSetIds }, { context: context as any })
      for (const p of prices) {
        if (p.calculated_amount == null || !p.calculated_price?.id) continue
        calculated.set(`${key}|${p.id}`, {
          price_id: p.calculated_price.id,
          amount: Number(p.calculated_amount),
          list: !!p.is_calculated_price_price_list,
        })
      }
    })
  )

  // The winning price must carry the requested mode's rule (anything else is a fallback) and,
  // for a lease, serve the requested term.
  const priceIds = [...new Set([...calculated.values()].map((c) => c.price_id))]
  const rules = priceIds.length
    ? await pricing.listPriceRules({ price_id: priceIds }, { select: ["price_id", "attribute", "value"] })
    : []
  const rulesOfPrice = new Map<string, { attribute: string; value: string }[]>()
  for (const rule of rules) {
    rulesOfPrice.set(rule.price_id, [...(rulesOfPrice.get(rule.price_id) ?? []), rule])
  }
  const fits = (device: ResolvedDevice, priceId: string) => {
    const priceRules = rulesOfPrice.get(priceId) ?? []
    if (priceRules.find((r) => r.attribute === PRICE_RULE_ACQUISITION_MODE)?.value !== device.acquisition_mode)
      return false
    return (
      device.lease_term_months == null ||
      servesLeaseTerm(priceRules, device.lease_term_months, device.offer.lease_term_months)
    )
  }

  return devices.map((device) => {
    const hit = calculated.get(`${contextKey(device)}|${device.price_set_id}`)
    if (!hit || !fits(device, hit.price_id)) {
      return unavailable(device, currency)
    }
    return {
      ...device,
      currency_code: currency,
      amount: hit.amount,
      price_id: hit.price_id,
      is_price_list_price: hit.list,
    }
  })
}
