import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents } from "../../modules/leasing/constants"
import { followContractTermsStep } from "../leasing-devices/steps/follow-contract-terms"
import { createLeaseInstallmentsStep } from "../lease-lifecycle/steps/create-lease-installments"
import { installmentSchedule } from "../lease-lifecycle/utils/installment-schedule"
import { loadPendingLeaseContractStep } from "./steps/load-pending-lease-contract"
import { updateLeaseContractDatesStep } from "./steps/update-lease-contract-dates"
import { addCalendarMonths } from "./utils/add-calendar-months"

export type MarkContractDeliveredInput = {
  id: string
  /** When the device reached its assignee; the contract starts then. Defaults to now. */
  delivered_at?: Date | string
}

export const markContractDeliveredWorkflowId = "leasing-mark-contract-delivered"

/**
 * Records a leased device's delivery, which starts its contract: status ACTIVE, `starts_at` the
 * delivery date, `ends_at` that date plus the term in calendar months, and its billing schedule
 * written (one installment a month, docs/lease-lifecycle.md), its device's rental dates set; emits `lease_contract.activated`.
 * Only a contract pending
 * delivery can be delivered (409 CONTRACT_NOT_PENDING_DELIVERY otherwise); the contract's lock
 * makes two simultaneous deliveries answer one 200 and one 409, never two different dates.
 *
 * @example
 * const { result } = await markContractDeliveredWorkflow(container).run({
 *   input: { id: "lcon_01…", delivered_at: "2026-11-20" },
 * })
 */
export const markContractDeliveredWorkflow = createWorkflow(
  { name: markContractDeliveredWorkflowId, idempotent: false },
  (input: MarkContractDeliveredInput) => {
    const lockKey = transform({ input }, ({ input }) => `lease_contract:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 15 })
    const contract = loadPendingLeaseContractStep({ id: input.id })
    const started = transform({ input, contract }, ({ input, contract }) => {
      const starts_at = input.delivered_at ? new Date(input.delivered_at) : new Date()
      return {
        id: contract.id,
        status: "ACTIVE" as const,
        starts_at,
        ends_at: addCalendarMonths(starts_at, contract.lease_term_months),
      }
    })
    const updated = updateLeaseContractDatesStep(started)
    createLeaseInstallmentsStep(
      transform({ started, contract }, ({ started, contract }) =>
        installmentSchedule({
          contract_id: contract.id,
          company_id: contract.company_id,
          starts_at: started.starts_at,
          monthly_rent: contract.monthly_rent,
          currency_code: contract.currency_code,
          from: 1,
          to: contract.lease_term_months,
        })
      )
    )
    // The device's rental dates are the contract's (an extension moves the end again).
    followContractTermsStep(
      transform({ started }, ({ started }) => ({
        contract_id: started.id,
        rental_start_date: started.starts_at,
        rental_end_date: started.ends_at,
      }))
    )
    emitEventStep({
      eventName: LeaseEvents.ACTIVATED,
      data: transform({ started, contract }, ({ started, contract }) => ({
        id: contract.id,
        contract_number: contract.contract_number,
        company_id: contract.company_id,
        starts_at: new Date(started.starts_at).toISOString(),
        ends_at: new Date(started.ends_at).toISOString(),
      })),
    }).config({ name: "leasing-emit-contract-activated" })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(updated)
  }
)
