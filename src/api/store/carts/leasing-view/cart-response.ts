import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { leasingDataOf } from "../../../../modules/leasing/utils/leasing-line-data"
import { leasingSummary } from "./leasing-summary"

/** The leasing fields every cart response carries by default. */
export const LEASING_CART_RESPONSE_FIELDS = [
  "leasing_cart.order_number",
  "leasing_cart.purchaser_user_id",
  "items.metadata",
]

type ResponseItem = {
  unit_price: unknown
  quantity: unknown
  metadata?: Record<string, unknown> | null
  [key: string]: unknown
}
type ResponseCart = {
  currency_code?: string
  items?: (ResponseItem | null)[]
  leasing_cart?: { order_number: number | string; purchaser_user_id: string | null } | null
  [key: string]: unknown
}

/**
 * Medusa's cart response with the leasing view beside it: `cart.leasing` (order id, devices,
 * monthly rent, one-time total, purchaser) and each device line's `leasing` with the platform's
 * integer aliases of its assignee and address (two queries, whatever the number of devices).
 */
export async function withLeasingView(scope: MedusaContainer, cart: ResponseCart) {
  const lines = (cart.items ?? []).flatMap((i) =>
    i && leasingDataOf(i) ? [{ item: i, leasing: leasingDataOf(i)! }] : []
  )
  const userIds = [cart.leasing_cart?.purchaser_user_id, ...lines.map((l) => l.leasing.assignee_user_id)].filter(
    (id): id is string => !!id
  )
  const addressIds = lines.map((l) => l.leasing.shipping_address_id).filter((id): id is string => !!id)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [users, addresses] = await Promise.all([
    userIds.length
      ? query.graph({ entity: "leasing_company_user", fields: ["id", "number"], filters: { id: userIds } })
      : { data: [] },
    addressIds.length
      ? query.graph({ entity: "leasing_company_address", fields: ["id", "number"], filters: { id: addressIds } })
      : { data: [] },
  ])
  // (Query's generated types call autoincrement columns strings: read them as numbers.)
  const numberOf = new Map<string, number>([...users.data, ...addresses.data].map((r) => [r.id, Number(r.number)]))
  for (const { item, leasing } of lines) {
    item.leasing = {
      ...leasing,
      assignee_user_number: leasing.assignee_user_id ? (numberOf.get(leasing.assignee_user_id) ?? null) : null,
      shipping_address_number: leasing.shipping_address_id ? (numberOf.get(leasing.shipping_address_id) ?? null) : null,
    }
  }
  const purchaser = cart.leasing_cart?.purchaser_user_id
  return {
    ...cart,
    leasing: { ...leasingSummary(cart), purchaser_id: purchaser ? (numberOf.get(purchaser) ?? null) : null },
  }
}
