import { AcquisitionMode } from "../../../modules/leasing/constants"
import { CartDevice, OrderItemInput } from "../types"

/**
 * The devices an update asks for once a cart-level `acquisition_mode` is applied: every device
 * sent switches to it, or, without `order_items`, every device the cart has (same product,
 * country, layout, assignee and address), so each is priced anew in that mode. A leased device
 * keeps its term; one that becomes leased gets the offer's default term.
 */
export function withCartAcquisitionMode(
  order_items: OrderItemInput[] | undefined,
  acquisition_mode: AcquisitionMode | undefined,
  devices: CartDevice[]
): OrderItemInput[] | undefined {
  if (!acquisition_mode) return order_items
  if (order_items) return order_items.map((item) => ({ ...item, acquisition_mode }))
  if (!devices.length) return undefined
  return devices.map((d) => ({
    product_id: d.variant_id,
    delivery_country: d.delivery_country,
    keyboard_layout: d.keyboard_layout,
    user_id: d.assignee_user_id,
    shipping_address_id: d.shipping_address_id,
    replaces_contract_id: d.replaces_contract_id ?? null,
    acquisition_mode,
    lease_term_months: acquisition_mode === "LEASING" && d.acquisition_mode === "LEASING" ? d.lease_term_months : null,
  }))
}
