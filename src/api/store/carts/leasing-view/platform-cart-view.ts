import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { byDeviceOrder, deviceAmountOf, leasingDataOf } from "../../../../modules/leasing/utils/leasing-line-data"
import { money } from "../../../../utils/money"
import { leasingSummary } from "./leasing-summary"

type ViewItem = {
  id: string
  title: string
  subtitle: string | null
  unit_price: unknown
  quantity: unknown
  metadata: Record<string, unknown> | null
}

const VIEW_FIELDS = [
  "id",
  "currency_code",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.unit_price",
  "items.quantity",
  "items.metadata",
  "leasing_cart.order_number",
  "leasing_cart.purchaser_user_id",
  "leasing_cart.device_order",
]

/** The leasing platform's view of a cart: `{ id, purchaser_id, num_devices, rent, currency, devices }`. */
export async function platformCartView(scope: MedusaContainer, cartId: string) {
  return (await platformCartViews(scope, [cartId]))[0]
}

/** The platform's views of several carts, in the order of `cartIds` (two queries whatever their number). */
export async function platformCartViews(scope: MedusaContainer, cartIds: string[]) {
  if (!cartIds.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: VIEW_FIELDS, filters: { id: cartIds } })
  const purchaserIds = carts.map((c) => c.leasing_cart?.purchaser_user_id).filter((id): id is string => !!id)
  const { data: purchasers } = purchaserIds.length
    ? await query.graph({
        entity: "leasing_company_user",
        fields: ["id", "number"],
        filters: { id: purchaserIds },
        withDeleted: true,
      })
    : { data: [] as { id: string; number: unknown }[] }
  const numberOf = new Map(purchasers.map((p) => [p.id, Number(p.number)] as const))
  const byId = new Map(carts.map((c) => [c.id, c]))
  return cartIds.map((id) => {
    const cart = byId.get(id)!
    const summary = leasingSummary(cart)
    const items = ((cart.items ?? []) as (ViewItem | null)[]).filter((i): i is ViewItem => !!i && !!leasingDataOf(i))
    const devices = byDeviceOrder(items, cart.leasing_cart?.device_order).map((i) => {
      const leasing = leasingDataOf(i)!
      return {
        id: leasing.device_number,
        name: [i.title, i.subtitle].filter(Boolean).join(" ") || null,
        rent: leasing.acquisition_mode === "LEASING" ? money(deviceAmountOf(i)) : null,
        product_id: leasing.catalog_number ?? null,
      }
    })
    const purchaserId = cart.leasing_cart?.purchaser_user_id
    return {
      id: summary.order_id,
      purchaser_id: purchaserId ? (numberOf.get(purchaserId) ?? null) : null,
      num_devices: summary.num_devices,
      rent: summary.monthly_rent,
      currency: summary.currency,
      devices,
    }
  })
}
