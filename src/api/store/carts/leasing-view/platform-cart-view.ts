import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { byDeviceOrder, deviceAmountOf, leasingDataOf } from "../../../../modules/leasing/utils/leasing-line-data"
import { money } from "../../../../utils/money"
import { leasingSummary } from "./leasing-summary"

type ViewItem = { id: string; title: string; subtitle: string | null; unit_price: unknown; quantity: unknown; metadata: Record<string, unknown> | null }

/** The leasing platform's view of a cart: `{ id, purchaser_id, num_devices, rent, currency, devices }`. */
export async function platformCartView(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
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
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  const purchaserId = cart.leasing_cart?.purchaser_user_id
  const purchaser = purchaserId
    ? (await query.graph({ entity: "leasing_company_user", fields: ["number"], filters: { id: purchaserId } })).data[0]
    : null
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
  return {
    id: summary.order_id,
    purchaser_id: purchaser ? Number(purchaser.number) : null,
    num_devices: summary.num_devices,
    rent: summary.monthly_rent,
    currency: summary.currency,
    devices,
  }
}
