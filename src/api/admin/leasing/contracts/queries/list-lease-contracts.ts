import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LeaseContractStatus } from "../../../../../modules/leasing/constants"
import type { AdminLeaseContractRentTotal } from "../../../../../types/leasing"
import { LeaseContractRow, leaseContractViews } from "../lease-contract-view"

export type LeaseContractFilters = {
  company_id?: string
  order_id?: string
  status?: LeaseContractStatus[]
  ending_within_days?: number
}

/** The contracts whose rent is owed now or will be: the ones the total adds up. */
const RENT_BEARING: LeaseContractStatus[] = ["ACTIVE", "PENDING_DELIVERY"]
const DAY_MS = 24 * 60 * 60 * 1000

const COLUMNS = [
  "id",
  "contract_number",
  "order_id",
  "order_item_id",
  "cart_id",
  "company_id",
  "device_number",
  "catalog_number",
  "product_id",
  "variant_id",
  "device_name",
  "keyboard_layout",
  "delivery_country",
  "assignee_user_id",
  "shipping_address_id",
  "signatory_user_id",
  "lease_term_months",
  "monthly_rent",
  "currency_code",
  "status",
  "starts_at",
  "ends_at",
  "extension_mode",
  "return_date",
  "ended_at",
  "early_return_fee",
  "created_at",
]

/**
 * The filters as SQL, shared by the page, its count and the totals so the three always agree.
 * "Ending within N days": ACTIVE contracts whose end date lies between now and now + N days.
 */
function applyFilters(q: Knex.QueryBuilder, filters: LeaseContractFilters, now: Date) {
  q.whereNull("deleted_at")
  if (filters.company_id) q.where("company_id", filters.company_id)
  if (filters.order_id) q.where("order_id", filters.order_id)
  if (filters.status?.length) q.whereIn("status", filters.status)
  if (filters.ending_within_days !== undefined) {
    q.where("status", "ACTIVE").whereBetween("ends_at", [
      now,
      new Date(now.getTime() + filters.ending_within_days * DAY_MS),
    ])
  }
  return q
}

/**
 * One page of lease contracts, newest contract number first, with the count of all that match
 * and the monthly rent of the matching ACTIVE and PENDING_DELIVERY ones per currency, summed by
 * PostgreSQL over every page (three statements, run together); then the page's companies,
 * assignees and addresses in three batch reads.
 */
export async function listLeaseContracts(
  scope: MedusaContainer,
  filters: LeaseContractFilters,
  page: { limit: number; offset: number },
  now = new Date()
) {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const matching = () => applyFilters(knex("lease_contract"), filters, now)
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  const nextMonthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
  const [rows, [{ count }], totals, dueThisMonth] = await Promise.all([
    matching().select(COLUMNS).orderBy("contract_number", "desc").limit(page.limit).offset(page.offset),
    matching().count<{ count: string }[]>({ count: "*" }),
    matching()
      .whereIn("status", RENT_BEARING)
      .select("currency_code")
      .sum<{ currency_code: string; amount: string }[]>({ amount: "monthly_rent" })
      .groupBy("currency_code")
      .orderBy("currency_code"),
    // The rent falling due this calendar month (UTC) on the matching contracts, whatever its state but cancelled.
    knex("lease_installment")
      .whereNull("deleted_at")
      .whereNot("status", "CANCELLED")
      .where("due_date", ">=", monthStart)
      .where("due_date", "<", nextMonthStart)
      .whereIn("contract_id", matching().select("id"))
      .select("currency_code")
      .sum<{ currency_code: string; amount: string }[]>({ amount: "amount" })
      .groupBy("currency_code")
      .orderBy("currency_code"),
  ])
  return {
    lease_contracts: await leaseContractViews(scope, rows as LeaseContractRow[]),
    count: Number(count),
    monthly_rent_total: totals.map((t): AdminLeaseContractRentTotal => ({
      currency_code: t.currency_code,
      amount: roundCents(Number(t.amount)),
    })),
    rent_due_this_month: dueThisMonth.map((t): AdminLeaseContractRentTotal => ({
      currency_code: t.currency_code,
      amount: roundCents(Number(t.amount)),
    })),
  }
}

/** One contract by id, presented as in the list; null when there is none. */
export async function findLeaseContract(scope: MedusaContainer, id: string) {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await knex("lease_contract").whereNull("deleted_at").where("id", id).select(COLUMNS)
  const [contract] = await leaseContractViews(scope, rows as LeaseContractRow[])
  return contract ?? null
}

const roundCents = (n: number) => Math.round(n * 100) / 100
