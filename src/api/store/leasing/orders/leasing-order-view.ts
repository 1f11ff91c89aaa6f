import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { deviceAmountOf, leasingDataOf } from "../../../../modules/leasing/utils/leasing-line-data"
import { orderClientStatus } from "../../../../modules/leasing/utils/order-client-status"
import { money } from "../../../../utils/money"

/** A leasing cart that became an order. */
export type OrderedLeasingCart = { order_number: number | string; order_id: string | null }

type OrderItem = {
  id: string
  title: string | null
  subtitle: string | null
  unit_price: unknown
  metadata: Record<string, unknown> | null
}
type Contract = {
  id: string
  contract_number: number | string
  order_id: string
  order_item_id: string
  lease_term_months: number
  monthly_rent: unknown
  status: string
  starts_at: Date | string | null
  ends_at: Date | string | null
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/**
 * The leasing platform's view of orders (`GET /orders/{order_id}`): client status, devices with
 * their term, rent and contract, the monthly rent, the one-time total paid at checkout. Three
 * queries for any number of orders.
 */
export async function leasingOrderViews(scope: MedusaContainer, records: OrderedLeasingCart[]) {
  const orderIds = records.flatMap((r) => (r.order_id ? [r.order_id] : []))
  if (!orderIds.length) return []
  const [{ data: orders }, contracts] = await Promise.all([
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "status",
        "currency_code",
        "total",
        "created_at",
        "items.id",
        "items.title",
        "items.subtitle",
        "items.unit_price",
        "items.metadata",
      ],
      filters: { id: orderIds },
    }),
    scope.resolve<LeasingModuleService>(LEASING_MODULE).listLeaseContracts({ order_id: orderIds }) as Promise<
      Contract[]
    >,
  ])
  const orderById = new Map(orders.map((o) => [o.id, o]))
  return records.flatMap((record) => {
    const order = record.order_id ? orderById.get(record.order_id) : undefined
    if (!order) return []
    const own = contracts.filter((c) => c.order_id === order.id)
    const contractOfItem = new Map(own.map((c) => [c.order_item_id, c]))
    const items = ((order.items ?? []) as (OrderItem | null)[]).filter((i): i is OrderItem => !!i && !!leasingDataOf(i))
    // Order items get new ids at checkout: devices are listed by device number.
    const devices = [...items]
      .sort((a, b) => leasingDataOf(a)!.device_number - leasingDataOf(b)!.device_number)
      .map((item) => {
        const leasing = leasingDataOf(item)!
        const contract = contractOfItem.get(item.id)
        return {
          id: leasing.device_number,
          name: [item.title, item.subtitle].filter(Boolean).join(" ") || null,
          product_id: leasing.catalog_number,
          acquisition_mode: leasing.acquisition_mode,
          lease_term_months: leasing.lease_term_months,
          rent: leasing.acquisition_mode === "LEASING" ? money(deviceAmountOf(item)) : null,
          price: leasing.acquisition_mode === "BUY" ? money(Number(item.unit_price)) : null,
          contract_number: contract ? Number(contract.contract_number) : null,
          contract_status: contract?.status ?? null,
          contract_start_date: iso(contract?.starts_at ?? null),
          contract_end_date: iso(contract?.ends_at ?? null),
        }
      })
    return [
      {
        id: Number(record.order_number),
        medusa_order_id: order.id,
        client_status: orderClientStatus(order.status, own),
        device_names: devices.map((d) => d.name),
        num_devices: devices.length,
        rent: money(own.filter((c) => c.status !== "CANCELLED").reduce((sum, c) => sum + Number(c.monthly_rent), 0)),
        rent_currency: order.currency_code.toUpperCase(),
        one_time_total: money(Number(order.total)),
        order_number: String(order.display_id),
        contract_numbers: own.map((c) => Number(c.contract_number)).sort((a, b) => a - b),
        order_date: iso(order.created_at as Date | string),
        devices,
      },
    ]
  })
}
