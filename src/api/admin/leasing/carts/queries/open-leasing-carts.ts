import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { COMPANY_MODULE } from "../../../../../modules/company"
import CompanyModuleService from "../../../../../modules/company/service"
import { deviceAmountOf, leasingDataOf } from "../../../../../modules/leasing/utils/leasing-line-data"
import type { AdminLeasingCartListItem } from "../../../../../types/leasing"
import { money } from "../../../../../utils/money"

type Filters = { company_id?: string; limit: number; offset: number }
type CartRow = {
  id: string
  currency_code: string
  updated_at: string | Date
  items?: ({ unit_price: unknown; metadata: Record<string, unknown> | null } | null)[]
}

/**
 * Open leasing carts (not completed), most recently updated first, one page. "Open" lives in the
 * Cart module and ownership in the leasing module: one SQL join over both tables (all modules
 * share the app's database) pages and counts them; Query then loads the page's devices.
 */
export async function listOpenLeasingCarts(scope: MedusaContainer, { company_id, limit, offset }: Filters) {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const open = () => {
    const q = knex("leasing_cart as lc")
      .join("cart as c", "c.id", "lc.cart_id")
      .whereNull("lc.deleted_at")
      .whereNull("c.deleted_at")
      .whereNull("c.completed_at")
    return company_id ? q.where("lc.company_id", company_id) : q
  }
  const [rows, [{ count }]] = await Promise.all([
    open()
      .select("lc.cart_id", "lc.order_number", "lc.company_id")
      .orderBy("c.updated_at", "desc")
      .orderBy("lc.cart_id")
      .limit(limit)
      .offset(offset),
    open().count<{ count: string }[]>({ count: "*" }),
  ])
  const cartIds = rows.map((r: { cart_id: string }) => r.cart_id)
  if (!cartIds.length) {
    return { carts: [], count: Number(count) }
  }
  const companyIds = [...new Set(rows.map((r: { company_id: string }) => r.company_id))]
  const [{ data: carts }, companies] = await Promise.all([
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "currency_code", "updated_at", "items.unit_price", "items.metadata"],
      filters: { id: cartIds },
    }),
    scope
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listLeasingCompanies({ id: companyIds }, { select: ["id", "name"] }),
  ])
  const cartById = new Map((carts as CartRow[]).map((c) => [c.id, c]))
  const nameOf = new Map<string, string>(companies.map((c) => [c.id, c.name]))
  const items: AdminLeasingCartListItem[] = rows.flatMap(
    (row: { cart_id: string; order_number: number | string; company_id: string }) => {
      const cart = cartById.get(row.cart_id)
      if (!cart) return []
      const devices = (cart.items ?? []).flatMap((i) =>
        i && leasingDataOf(i) ? [{ mode: leasingDataOf(i)!.acquisition_mode, price: deviceAmountOf(i) }] : []
      )
      const sum = (mode: string) => devices.filter((d) => d.mode === mode).reduce((total, d) => total + d.price, 0)
      return [
        {
          id: row.cart_id,
          order_number: Number(row.order_number),
          company: { id: row.company_id, name: nameOf.get(row.company_id) ?? null },
          num_devices: devices.length,
          leased: devices.filter((d) => d.mode === "LEASING").length,
          bought: devices.filter((d) => d.mode === "BUY").length,
          monthly_rent: money(sum("LEASING")),
          one_time_total: money(sum("BUY")),
          currency_code: cart.currency_code,
          updated_at: new Date(cart.updated_at).toISOString(),
        },
      ]
    }
  )
  return { carts: items, count: Number(count) }
}
