import { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../../../modules/company"
import CompanyModuleService from "../../../../modules/company/service"
import type { LeaseContractStatus } from "../../../../modules/leasing/constants"
import type { AdminLeaseContract } from "../../../../types/leasing"

/** A `lease_contract` row as PostgreSQL returns it (numeric as a string, timestamps as dates). */
type Resolved = "company" | "assignee" | "shipping_address"
type Converted =
  | "contract_number"
  | "monthly_rent"
  | "status"
  | "starts_at"
  | "ends_at"
  | "created_at"
  | "return_date"
  | "ended_at"
  | "early_return_fee"
export type LeaseContractRow = Omit<AdminLeaseContract, Resolved | Converted> & {
  contract_number: number | string
  company_id: string
  assignee_user_id: string | null
  shipping_address_id: string | null
  monthly_rent: string | number
  status: LeaseContractStatus
  starts_at: Date | string | null
  ends_at: Date | string | null
  return_date: Date | string | null
  ended_at: Date | string | null
  early_return_fee: string | number | null
  created_at: Date | string
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))]
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/**
 * Contracts as the admin shows them: company name, assignee name and email, address label.
 * One read per kind of record for the whole page, whatever its size; records deleted since the
 * checkout are still named (the contract outlives them).
 */
export async function leaseContractViews(
  scope: MedusaContainer,
  rows: LeaseContractRow[]
): Promise<AdminLeaseContract[]> {
  if (!rows.length) return []
  const companies = scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const companyIds = unique(rows.map((r) => r.company_id))
  const userIds = unique(rows.map((r) => r.assignee_user_id))
  const addressIds = unique(rows.map((r) => r.shipping_address_id))
  const [companyRecords, users, addresses] = await Promise.all([
    companies.listLeasingCompanies({ id: companyIds }, { select: ["id", "name"], withDeleted: true }),
    userIds.length
      ? companies.listLeasingCompanyUsers(
          { id: userIds },
          { select: ["id", "first_name", "last_name", "email"], withDeleted: true }
        )
      : Promise.resolve([]),
    addressIds.length
      ? companies.listLeasingCompanyAddresses(
          { id: addressIds },
          { select: ["id", "label", "address_1", "city"], withDeleted: true }
        )
      : Promise.resolve([]),
  ])
  const companyName = new Map(companyRecords.map((c) => [c.id, c.name]))
  const userById = new Map(users.map((u) => [u.id, u]))
  const addressById = new Map(addresses.map((a) => [a.id, a]))

  return rows.map(({ company_id, assignee_user_id, shipping_address_id, ...row }) => {
    const user = assignee_user_id ? userById.get(assignee_user_id) : undefined
    const address = shipping_address_id ? addressById.get(shipping_address_id) : undefined
    return {
      ...row,
      contract_number: Number(row.contract_number),
      company: { id: company_id, name: companyName.get(company_id) ?? null },
      assignee: assignee_user_id
        ? {
            id: assignee_user_id,
            name: user ? `${user.first_name} ${user.last_name}` : null,
            email: user?.email ?? null,
          }
        : null,
      shipping_address: shipping_address_id
        ? {
            id: shipping_address_id,
            label: address ? (address.label ?? `${address.address_1}, ${address.city}`) : null,
          }
        : null,
      monthly_rent: Number(row.monthly_rent),
      starts_at: iso(row.starts_at),
      ends_at: iso(row.ends_at),
      return_date: iso(row.return_date),
      ended_at: iso(row.ended_at),
      early_return_fee: row.early_return_fee == null ? null : Number(row.early_return_fee),
      created_at: iso(row.created_at)!,
    }
  })
}
