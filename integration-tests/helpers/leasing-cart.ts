import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { demoVariant } from "./catalog"
import { DemoFixture } from "./demo-fixture"

export const FR_ADDRESS = {
  first_name: "Ada",
  last_name: "Martin",
  address_1: "12 Rue de la République",
  city: "Lyon",
  postal_code: "69002",
  country_code: "fr",
}
export const DE_ADDRESS = {
  first_name: "Ada",
  last_name: "Martin",
  address_1: "Friedrichstraße 43",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

/** An order item for the demo iPhone 16 128 GB (no keyboard), by its integer catalog alias. */
export async function iphoneItem(container: MedusaContainer, country = "FR", extra: Record<string, unknown> = {}) {
  return { product_id: (await demoVariant(container, "IP16-128")).catalog_number, delivery_country: country, ...extra }
}

/** A new storefront cart in a demo region (EUR by default). */
export async function createCart(
  api: any,
  demo: DemoFixture,
  currency: "eur" | "chf" | "usd" = "eur",
  body: Record<string, unknown> = {}
) {
  const response = await api.post("/store/carts", { region_id: demo.regions[currency].id, ...body }, demo.storeHeaders)
  return response.data.cart.id as string
}

/** Store headers with a demo company's API token. */
export function companyHeaders(
  demo: DemoFixture,
  company: "acme" | "helvetia" = "acme",
  scope: "WRITE" | "READ" = "WRITE"
) {
  return demo.storeHeadersWith({ authorization: `Bearer ${demo.companies[company].tokens[scope].secret}` })
}

const SNAPSHOT_FIELDS = [
  "*",
  "shipping_address.*",
  "billing_address.*",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "payment_collection.*",
  "payment_collection.payment_sessions.*",
  "promotions.*",
  "leasing_cart.*",
]

function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutTimestamps).sort((a: any, b: any) => String(a?.id).localeCompare(String(b?.id)))
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        // updated_at moves when a compensation writes the old values back; the values are what count.
        .filter(([key]) => key !== "updated_at")
        .map(([key, v]) => [key, withoutTimestamps(v)])
    )
  }
  return value
}

/** A full query of a cart: every field of the cart, its lines, leasing data, payment sessions and shipping methods. */
export async function cartSnapshot(container: MedusaContainer, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: SNAPSHOT_FIELDS,
    filters: { id: cartId },
  })
  return withoutTimestamps(JSON.parse(JSON.stringify(data[0])))
}

/**
 * Live leasing rows and line items of a cart, straight from the database. `lines` are the devices:
 * the leasing data of each line item's metadata, in the cart's device order (`rank`).
 */
export async function leasingRows(dbConnection: any, cartId: string) {
  const lines = await dbConnection.raw(
    `select li.id as line_item_id, li.variant_id, li.metadata->'leasing' as leasing,
            (li.metadata->'leasing'->>'device_number')::int as device_number,
            (li.metadata->'leasing'->>'catalog_number')::int as catalog_number,
            li.metadata->'leasing'->>'acquisition_mode' as acquisition_mode,
            li.metadata->'leasing'->>'keyboard_layout' as keyboard_layout,
            li.metadata->'leasing'->>'delivery_country' as delivery_country,
            li.metadata->'leasing'->>'assignee_user_id' as assignee_user_id,
            li.metadata->'leasing'->>'shipping_address_id' as shipping_address_id,
            (li.metadata->'leasing'->>'lease_term_months')::int as lease_term_months,
            (li.metadata->'leasing'->>'monthly_rent')::float as monthly_rent,
            li.unit_price::float as unit_price,
            coalesce(array_position(lc.device_order, li.id) - 1, 0) as rank
       from cart_line_item li left join leasing_cart lc on lc.cart_id = li.cart_id and lc.deleted_at is null
      where li.cart_id = ? and li.deleted_at is null and li.metadata->'leasing' is not null
      order by array_position(lc.device_order, li.id)`,
    [cartId]
  )
  const carts = await dbConnection.raw("select * from leasing_cart where cart_id = ? and deleted_at is null", [cartId])
  const items = await dbConnection.raw(
    "select id, variant_id, unit_price, quantity, is_custom_price from cart_line_item where cart_id = ? and deleted_at is null",
    [cartId]
  )
  return { lines: lines.rows, carts: carts.rows, items: items.rows }
}

/** The same rows without `updated_at`, for before/after comparisons around a compensated failure. */
export async function leasingState(dbConnection: any, cartId: string) {
  return withoutTimestamps(await leasingRows(dbConnection, cartId))
}

/**
 * What a storefront does before checkout: a shipping method (the demo's express courier to
 * France) and a payment session of the system provider, with the company's credentials.
 */
export async function prepareCheckout(
  api: any,
  container: MedusaContainer,
  cartId: string,
  headers: { headers: Record<string, string> }
) {
  const { data: options } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { name: "Express courier (France)" },
  })
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options[0].id }, headers)
  const collection = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
}
