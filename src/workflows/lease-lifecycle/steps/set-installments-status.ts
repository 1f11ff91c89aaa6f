import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LeaseInstallmentStatus } from "../../../modules/leasing/constants"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export type SetInstallmentsStatusStepInput = {
  /** The contract's installments, or these ones. */
  contract_id?: string
  ids?: string[]
  /** Only those in one of these statuses change (read again here, under the caller's lock). */
  from: LeaseInstallmentStatus[]
  /** And, when set, only those due on or before this date. */
  due_by?: Date
  to: LeaseInstallmentStatus
  /** Extra fields written with the status (invoice number, payment). */
  data?: { invoice_number?: string; invoiced_at?: Date; paid_at?: Date; payment_reference?: string | null }
}

type Previous = {
  id: string
  status: LeaseInstallmentStatus
  invoice_number: string | null
  invoiced_at: Date | null
  paid_at: Date | null
  payment_reference: string | null
}

export const setInstallmentsStatusStepId = "leasing-set-installments-status"

/**
 * Moves installments from some statuses to another (due, invoiced, paid, cancelled) and answers
 * the ones it moved, with their rows. The compensation writes back each one's previous values.
 */
export const setInstallmentsStatusStep = createStep(
  setInstallmentsStatusStepId,
  async (input: SetInstallmentsStatusStepInput, { container }) => {
    const service = leasingService(container)
    const filters: Record<string, unknown> = { status: input.from }
    if (input.contract_id) filters.contract_id = input.contract_id
    if (input.ids) filters.id = input.ids
    if (input.due_by) filters.due_date = { $lte: new Date(input.due_by) }
    const before = (await service.listLeaseInstallments(filters, {
      select: [
        "id",
        "contract_id",
        "company_id",
        "sequence",
        "due_date",
        "amount",
        "currency_code",
        "status",
        "invoice_number",
        "invoiced_at",
        "paid_at",
        "payment_reference",
      ],
      order: { due_date: "ASC" },
    })) as (Previous & {
      contract_id: string
      company_id: string
      sequence: number
      due_date: Date
      amount: unknown
      currency_code: string
    })[]
    if (!before.length) return new StepResponse([] as typeof moved, [] as Previous[])
    const data = { ...input.data }
    if (data.invoiced_at) data.invoiced_at = new Date(data.invoiced_at)
    if (data.paid_at) data.paid_at = new Date(data.paid_at)
    await service.updateLeaseInstallments({
      selector: { id: before.map((i) => i.id) },
      data: { status: input.to, ...data },
    })
    const moved = before.map((i) => ({
      id: i.id,
      contract_id: i.contract_id,
      company_id: i.company_id,
      sequence: i.sequence,
      due_date: new Date(i.due_date).toISOString(),
      amount: Number(i.amount),
      currency_code: i.currency_code,
      status: input.to,
    }))
    const previous = before.map(({ id, status, invoice_number, invoiced_at, paid_at, payment_reference }) => ({
      id,
      status,
      invoice_number,
      invoiced_at,
      paid_at,
      payment_reference,
    }))
    return new StepResponse(moved, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await leasingService(container).updateLeaseInstallments(previous as never)
  }
)
