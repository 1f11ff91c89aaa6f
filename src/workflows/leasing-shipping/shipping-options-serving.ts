import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A store shipping option that delivers to some countries, with its flat price in one currency. */
export type ServingOption = { id: string; name: string; amount: number }

type OptionRow = {
  id: string
  name: string
  price_type: string
  service_zone?: { geo_zones?: ({ type: string; country_code: string } | null)[] } | null
  rules?: ({ attribute: string; value: unknown } | null)[] | null
  prices?: ({ amount: unknown; currency_code: string } | null)[] | null
}

const ruleIs = (row: OptionRow, attribute: string, value: string) =>
  (row.rules ?? []).some((r) => r?.attribute === attribute && JSON.stringify(r.value).replace(/"/g, "") === value)

/**
 * The store's flat-rate shipping options (enabled in store, not returns) whose service zone
 * delivers to every one of `countries` (a country geo zone each), with their price in
 * `currency_code` (the lowest of their prices in it), cheapest first. Options without a price in
 * the currency, and calculated-price options (a provider prices those per cart), are left out.
 */
export async function shippingOptionsServing(
  container: MedusaContainer,
  countries: string[],
  currency_code: string
): Promise<ServingOption[]> {
  const wanted = [...new Set(countries.map((c) => c.toLowerCase()))]
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: [
      "id",
      "name",
      "price_type",
      "service_zone.geo_zones.type",
      "service_zone.geo_zones.country_code",
      "rules.attribute",
      "rules.value",
      "prices.amount",
      "prices.currency_code",
    ],
    filters: { price_type: "flat" },
  })
  return (data as unknown as OptionRow[])
    .filter((row) => ruleIs(row, "enabled_in_store", "true") && !ruleIs(row, "is_return", "true"))
    .filter((row) => {
      const zone = new Set(
        (row.service_zone?.geo_zones ?? []).flatMap((g) =>
          g?.type === "country" ? [g.country_code.toLowerCase()] : []
        )
      )
      return wanted.every((c) => zone.has(c))
    })
    .flatMap((row) => {
      const amounts = (row.prices ?? []).flatMap((p) =>
        p && p.currency_code.toLowerCase() === currency_code.toLowerCase() ? [Number(p.amount)] : []
      )
      return amounts.length ? [{ id: row.id, name: row.name, amount: Math.min(...amounts) }] : []
    })
    .sort((a, b) => a.amount - b.amount || a.name.localeCompare(b.name))
}
