import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"

export type OrderItemForContract = {
  id: string
  title: string | null
  subtitle: string | null
  product_id: string | null
  variant_id: string | null
  metadata: Record<string, unknown> | null
}

export type ContractContext = {
  order_id: string
  cart_id: string
  company_id: string
  currency_code: string
  signatory_user_id: string | null
}

/**
 * One lease contract per leased device line of an order (bought devices have none), from the
 * leasing data core copied onto the order items: the device, its assignee and address, its term
 * and the rent fixed at checkout. Contracts wait for delivery to start.
 */
export function contractsFromOrder(items: OrderItemForContract[], context: ContractContext) {
  return items.flatMap((item) => {
    const leasing = leasingDataOf(item)
    if (leasing?.acquisition_mode !== "LEASING") return []
    return [
      {
        ...context,
        order_item_id: item.id,
        device_number: leasing.device_number,
        catalog_number: leasing.catalog_number,
        product_id: item.product_id,
        variant_id: item.variant_id,
        device_name: [item.title, item.subtitle].filter(Boolean).join(" ") || `Device ${leasing.device_number}`,
        keyboard_layout: leasing.keyboard_layout,
        delivery_country: leasing.delivery_country,
        assignee_user_id: leasing.assignee_user_id,
        shipping_address_id: leasing.shipping_address_id,
        lease_term_months: Number(leasing.lease_term_months),
        monthly_rent: Number(leasing.monthly_rent ?? 0),
        status: "PENDING_DELIVERY" as const,
      },
    ]
  })
}
