import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LeasingError } from "../../../utils/leasing-errors"

/** The leasing fields every cart response carries by default. */
export const LEASING_CART_RESPONSE_FIELDS = [
  "leasing_cart.order_number",
  "leasing_cart.purchaser_user_id",
  "items.leasing_cart_line.*",
]

type LeasingItem = { unit_price: unknown; quantity: unknown; leasing_cart_line?: { acquisition_mode: string } | null }

const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2)

/**
 * The cart-level leasing figures: devices, monthly rent (decimal string) and one-time total,
 * from the leasing lines and their line items' prices.
 */
export function leasingSummary(cart: { currency_code?: string; items?: (LeasingItem | null)[]; leasing_cart?: { order_number: number } | null }) {
  const devices = (cart.items ?? []).filter((i): i is LeasingItem => !!i?.leasing_cart_line)
  const total = (mode: string) =>
    devices
      .filter((i) => i.leasing_cart_line!.acquisition_mode === mode)
      .reduce((sum, i) => sum + Number(i.unit_price) * Number(i.quantity ?? 1), 0)
  return {
    order_id: cart.leasing_cart?.order_number ?? null,
    num_devices: devices.length,
    monthly_rent: money(total("LEASING")),
    one_time_total: money(total("BUY")),
    currency: cart.currency_code?.toUpperCase() ?? null,
  }
}

/**
 * The platform's integer aliases beside the Medusa ids of a cart response: the purchaser's and
 * each device's assignee and address numbers (two queries, whatever the number of devices).
 */
export async function withLeasingAliases(scope: MedusaContainer, cart: any) {
  const lines = (cart.items ?? []).flatMap((i: any) => (i?.leasing_cart_line ? [i.leasing_cart_line] : []))
  const userIds = [cart.leasing_cart?.purchaser_user_id, ...lines.map((l: any) => l.assignee_user_id)].filter(Boolean)
  const addressIds = lines.map((l: any) => l.shipping_address_id).filter(Boolean)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [users, addresses] = await Promise.all([
    userIds.length ? query.graph({ entity: "leasing_company_user", fields: ["id", "number"], filters: { id: userIds } }) : { data: [] },
    addressIds.length ? query.graph({ entity: "leasing_company_address", fields: ["id", "number"], filters: { id: addressIds } }) : { data: [] },
  ])
  const numberOf = new Map([...users.data, ...addresses.data].map((r: any) => [r.id, r.number]))
  for (const line of lines) {
    line.assignee_user_number = numberOf.get(line.assignee_user_id) ?? null
    line.shipping_address_number = numberOf.get(line.shipping_address_id) ?? null
  }
  return { ...cart, leasing: { ...leasingSummary(cart), purchaser_id: numberOf.get(cart.leasing_cart?.purchaser_user_id) ?? null } }
}

/** The Medusa cart id behind a path id: the id itself, or the cart's integer order id. */
export async function resolveCartId(scope: MedusaContainer, pathId: string): Promise<string> {
  if (!/^[1-9]\d*$/.test(pathId)) return pathId
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "leasing_cart",
    fields: ["cart_id"],
    filters: { order_number: Number(pathId) as unknown as string },
  })
  if (!data[0]) {
    throw new LeasingError("CART_NOT_FOUND", `Cart ${pathId} was not found.`)
  }
  return data[0].cart_id
}

/** The leasing platform's view of a cart: `{ id, purchaser_id, num_devices, rent, currency, devices }`. */
export async function platformCartView(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "items.id", "items.title", "items.subtitle", "items.unit_price", "items.quantity", ...LEASING_CART_RESPONSE_FIELDS],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  const purchaserId = cart.leasing_cart?.purchaser_user_id
  const purchaser = purchaserId
    ? (await query.graph({ entity: "leasing_company_user", fields: ["number"], filters: { id: purchaserId } })).data[0]
    : null
  const summary = leasingSummary(cart)
  const devices = (cart.items ?? [])
    .filter((i: any) => i?.leasing_cart_line)
    .sort((a: any, b: any) => a.leasing_cart_line.rank - b.leasing_cart_line.rank)
    .map((i: any) => ({
      id: i.leasing_cart_line.device_number,
      name: [i.title, i.subtitle].filter(Boolean).join(" ") || null,
      rent: i.leasing_cart_line.acquisition_mode === "LEASING" ? money(Number(i.unit_price)) : null,
      product_id: i.leasing_cart_line.catalog_number ?? null,
    }))
  return {
    id: summary.order_id,
    purchaser_id: purchaser?.number ?? null,
    num_devices: summary.num_devices,
    rent: summary.monthly_rent,
    currency: summary.currency,
    devices,
  }
}
