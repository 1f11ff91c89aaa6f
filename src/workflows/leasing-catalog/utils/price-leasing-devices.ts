import { IPricingModuleService } from "@medusajs/framework/types"
import {
  PRICE_RULE_ACQUISITION_MODE,
  PRICE_RULE_DELIVERY_COUNTRY,
  PRICE_RULE_KEYBOARD_LAYOUT,
} from "../../../modules/leasing/constants"
import { LeasingError } from "../../../utils/leasing-errors"
import { PricedDevice, ResolvedDevice } from "../types"

export type PriceLeasingDevicesInput = {
  devices: ResolvedDevice[]
  currency_code: string
  store_currencies: string[]
  /** Customer groups of the buyer, so that Medusa price lists for those groups apply. */
  customer_group_ids?: string[]
}

function contextKey(d: ResolvedDevice) {
  return [d.acquisition_mode, d.keyboard_layout ?? "", d.delivery_country].join("|")
}

function unavailable(device: ResolvedDevice, currency: string) {
  const what = device.acquisition_mode === "LEASING" ? "lease price" : "purchase price"
  return new LeasingError(
    "PRODUCT_PRICING_UNAVAILABLE",
    `${device.variant_title} has no ${what} in ${currency.toUpperCase()}${
      device.keyboard_layout ? ` for the ${device.keyboard_layout} layout` : ""
    } in ${device.delivery_country}.`
  )
}

/**
 * Prices each device by its acquisition mode through Medusa's Pricing module: the price set's
 * prices carry `acquisition_mode` (and optionally `keyboard_layout`, `delivery_country`) rules,
 * so price lists and customer-group prices apply as usual. A price without the requested
 * mode's rule is never used: a lease never falls back to a purchase price.
 * One pricing call per distinct (mode, layout, country), not per device. Each device gets its
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
  const priceable = devices.filter((d) => (d.acquisition_mode === "LEASING" ? d.offer.leasable : d.offer.purchasable) && d.price_set_id)
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

  // The winning price must carry the requested mode's rule; anything else is a fallback.
  const priceIds = [...new Set([...calculated.values()].map((c) => c.price_id))]
  const rules = priceIds.length
    ? await pricing.listPriceRules({ price_id: priceIds }, { select: ["price_id", "attribute", "value"] })
    : []
  const modeOfPrice = new Map(rules.filter((r) => r.attribute === PRICE_RULE_ACQUISITION_MODE).map((r) => [r.price_id, r.value]))

  return devices.map((device) => {
    const hit = calculated.get(`${contextKey(device)}|${device.price_set_id}`)
    if (!hit || modeOfPrice.get(hit.price_id) !== device.acquisition_mode) {
      return unavailable(device, currency)
    }
    return { ...device, currency_code: currency, amount: hit.amount, price_id: hit.price_id, is_price_list_price: hit.list }
  })
}
