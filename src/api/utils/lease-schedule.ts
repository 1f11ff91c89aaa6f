import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../modules/leasing"
import { LeaseInstallmentStatus, UNPAID_INSTALLMENT_STATUSES } from "../../modules/leasing/constants"
import LeasingModuleService from "../../modules/leasing/service"
import { LeasingError } from "../../utils/leasing-errors"

export type InstallmentView = {
  id: string
  sequence: number
  due_date: string
  amount: number
  currency_code: string
  status: LeaseInstallmentStatus
  invoice_number: string | null
  invoiced_at: string | null
  paid_at: string | null
  payment_reference: string | null
}
export type ContractSchedule = { installments: InstallmentView[]; remaining_to_pay: number }

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
const cents = (n: number) => Math.round(n * 100) / 100

/**
 * Contracts' installments in due order and what remains to pay on each (installments not yet
 * paid nor cancelled: scheduled, due or invoiced). One query for any number of contracts.
 */
export async function contractSchedules(
  scope: MedusaContainer,
  contractIds: string[]
): Promise<Map<string, ContractSchedule>> {
  const schedules = new Map<string, ContractSchedule>(
    contractIds.map((id) => [id, { installments: [], remaining_to_pay: 0 }])
  )
  if (!contractIds.length) return schedules
  const rows = await scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listLeaseInstallments({ contract_id: contractIds }, { order: { sequence: "ASC" } })
  for (const row of rows) {
    const schedule = schedules.get(row.contract_id)!
    const amount = Number(row.amount)
    schedule.installments.push({
      id: row.id,
      sequence: row.sequence,
      due_date: iso(row.due_date)!,
      amount,
      currency_code: row.currency_code,
      status: row.status,
      invoice_number: row.invoice_number ?? null,
      invoiced_at: iso(row.invoiced_at),
      paid_at: iso(row.paid_at),
      payment_reference: row.payment_reference ?? null,
    })
    if ((UNPAID_INSTALLMENT_STATUSES as string[]).includes(row.status))
      schedule.remaining_to_pay = cents(schedule.remaining_to_pay + amount)
  }
  return schedules
}

/** Runs a contract workflow; a lock held by another change of the contract is 409 CONTRACT_LOCKED. */
export async function underContractLock<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (/Failed to acquire lock/i.test(String((err as { message?: unknown })?.message))) {
      throw new LeasingError("CONTRACT_LOCKED", "This contract is being changed by another request; retry.")
    }
    throw err
  }
}
