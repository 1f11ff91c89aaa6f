import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { LeasingError } from "../../../../utils/leasing-errors"
import { contractSchedules } from "../../../utils/lease-schedule"
import { money } from "../../../../utils/money"

// serial columns are int4: a larger number names no contract (and would make PostgreSQL throw).
const MAX_NUMBER = 2_147_483_647
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

type ContractRecord = Awaited<ReturnType<LeasingModuleService["listLeaseContracts"]>>[number]

/** The contract a path id names: its integer contract number or its `lcon_` id; null for anything else. */
export function contractFilter(pathId: string) {
  if (/^[1-9]\d{0,9}$/.test(pathId) && Number(pathId) <= MAX_NUMBER) return { contract_number: Number(pathId) }
  if (/^lcon_[0-9A-Za-z]+$/.test(pathId)) return { id: pathId }
  return null
}

/** One of the company's contracts by path id; CONTRACT_NOT_FOUND for another company's or none. */
export async function companyContract(
  scope: MedusaContainer,
  company_id: string,
  pathId: string
): Promise<ContractRecord> {
  const filter = contractFilter(pathId)
  const [contract] = filter
    ? await scope
        .resolve<LeasingModuleService>(LEASING_MODULE)
        .listLeaseContracts({ ...filter, company_id }, { take: 1 })
    : []
  if (!contract) throw new LeasingError("CONTRACT_NOT_FOUND", `Your company has no lease contract ${pathId}.`)
  return contract
}

/**
 * The platform's view of lease contracts: integer id (the contract number), device, term, rent,
 * dates, end-of-lease state and what remains to pay; with `installments` when asked for one.
 */
export async function contractViews(scope: MedusaContainer, contracts: ContractRecord[], withInstallments: boolean) {
  const schedules = await contractSchedules(
    scope,
    contracts.map((c) => c.id)
  )
  return contracts.map((c) => {
    const schedule = schedules.get(c.id)!
    return {
      id: Number(c.contract_number),
      contract_id: c.id,
      medusa_order_id: c.order_id,
      device_id: c.device_number,
      device_name: c.device_name,
      product_id: c.catalog_number,
      status: c.status,
      lease_term_months: c.lease_term_months,
      rent: money(Number(c.monthly_rent)),
      rent_currency: c.currency_code.toUpperCase(),
      start_date: iso(c.starts_at),
      end_date: iso(c.ends_at),
      extension_mode: c.extension_mode ?? null,
      return_date: iso(c.return_date),
      ended_at: iso(c.ended_at),
      early_return_fee: c.early_return_fee == null ? null : money(Number(c.early_return_fee)),
      remaining_to_pay: money(schedule.remaining_to_pay),
      ...(withInstallments
        ? {
            installments: schedule.installments.map((i) => ({
              id: i.id,
              number: i.sequence,
              due_date: i.due_date,
              amount: money(i.amount),
              status: i.status,
              invoice_number: i.invoice_number,
              paid_at: i.paid_at,
            })),
          }
        : {}),
    }
  })
}

/** One contract's full view (with installments), read again after a change. */
export async function contractView(scope: MedusaContainer, id: string) {
  const contracts = await scope.resolve<LeasingModuleService>(LEASING_MODULE).listLeaseContracts({ id }, { take: 1 })
  const [view] = await contractViews(scope, contracts, true)
  return view
}

/** The platform's view of a buyback quote. */
export async function quoteView(scope: MedusaContainer, id: string) {
  const quote = await scope.resolve<LeasingModuleService>(LEASING_MODULE).retrieveLeaseBuybackQuote(id)
  return {
    id: quote.id,
    amount: money(Number(quote.amount)),
    currency: quote.currency_code.toUpperCase(),
    remaining_installments: quote.remaining_installments,
    expires_at: new Date(quote.expires_at).toISOString(),
    status: quote.status,
  }
}
