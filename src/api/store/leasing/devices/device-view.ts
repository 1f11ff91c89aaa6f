import { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../../../modules/company"
import CompanyModuleService from "../../../../modules/company/service"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { money } from "../../../../utils/money"

type DeviceRecord = Awaited<ReturnType<LeasingModuleService["listDevices"]>>[number]

const dateOrNull = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/**
 * The leasing platform's view of devices: integer ids (the device's, its assignee's, its
 * order's), money as decimal strings. Two queries whatever the number of devices.
 */
export async function deviceViews(scope: MedusaContainer, devices: DeviceRecord[]) {
  const userIds = [...new Set(devices.flatMap((d) => (d.user_id ? [d.user_id] : [])))]
  const orderIds = [...new Set(devices.flatMap((d) => (d.order_id ? [d.order_id] : [])))]
  const [users, carts] = await Promise.all([
    userIds.length
      ? scope
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .listLeasingCompanyUsers({ id: userIds }, { select: ["id", "number"], withDeleted: true })
      : [],
    orderIds.length
      ? scope
          .resolve<LeasingModuleService>(LEASING_MODULE)
          .listLeasingCarts({ order_id: orderIds }, { select: ["order_id", "order_number"] })
      : [],
  ])
  const userNumber = new Map<string, number>(
    users.map((u: { id: string; number: unknown }) => [u.id, Number(u.number)] as const)
  )
  const orderNumber = new Map<string, number>(
    carts.map(
      (c: { order_id: string | null; order_number: unknown }) => [c.order_id ?? "", Number(c.order_number)] as const
    )
  )
  return devices.map((d) => ({
    id: Number(d.number),
    name: d.name,
    type: d.type,
    category: d.category,
    serial_number: d.serial_number ?? null,
    user_id: d.user_id ? (userNumber.get(d.user_id) ?? null) : null,
    keyboard_layout: d.keyboard_layout ?? null,
    client_status: d.client_status,
    source: d.source,
    is_rented: d.is_rented,
    rent: d.rent == null ? null : money(Number(d.rent)),
    currency: d.currency ?? null,
    rental_start_date: dateOrNull(d.rental_start_date),
    rental_end_date: dateOrNull(d.rental_end_date),
    purchase_price: d.purchase_price == null ? null : money(Number(d.purchase_price)),
    contract_number: d.contract_number ?? null,
    order_id: d.order_id ? (orderNumber.get(d.order_id) ?? null) : null,
    product_id: d.catalog_number ?? null,
    created_at: dateOrNull(d.created_at),
  }))
}
