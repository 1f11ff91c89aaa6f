import { addCalendarMonths } from "../../lease-contracts/utils/add-calendar-months"

export type ScheduledInstallment = {
  contract_id: string
  company_id: string
  sequence: number
  due_date: Date
  amount: number
  currency_code: string
}

export type ScheduleInput = {
  contract_id: string
  company_id: string
  /** The contract's start (delivery) date: installment 1 falls due that day. */
  starts_at: Date | string
  monthly_rent: number
  currency_code: string
  /** Sequences to write, inclusive (1..term at delivery; later ones for an extension). */
  from: number
  to: number
}

/**
 * One installment per month, rent paid in advance: installment n falls due n−1 calendar months
 * after the start. Each date is computed from the start (never from the previous date), with
 * the end date's clamping, so a contract started on the 31st falls due on Feb 28/29 and again
 * on Mar 31: the day never drifts.
 */
export function installmentSchedule(input: ScheduleInput): ScheduledInstallment[] {
  const start = new Date(input.starts_at)
  const rows: ScheduledInstallment[] = []
  for (let sequence = input.from; sequence <= input.to; sequence++) {
    rows.push({
      contract_id: input.contract_id,
      company_id: input.company_id,
      sequence,
      due_date: addCalendarMonths(start, sequence - 1),
      amount: input.monthly_rent,
      currency_code: input.currency_code,
    })
  }
  return rows
}
