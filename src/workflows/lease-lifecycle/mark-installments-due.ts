import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents } from "../../modules/leasing/constants"
import { setInstallmentsStatusStep } from "./steps/set-installments-status"

export const markInstallmentsDueWorkflowId = "leasing-mark-installments-due"
const LOCK = "leasing:installments-due"

/**
 * Installments whose due date has come move from SCHEDULED to DUE, each announced by
 * `lease_installment.due`. Idempotent: a second run finds nothing SCHEDULED that fell due, so it
 * changes and emits nothing. One lock, so two workers never announce the same installment.
 */
export const markInstallmentsDueWorkflow = createWorkflow(markInstallmentsDueWorkflowId, (input: { now?: string }) => {
  acquireLockStep({ key: LOCK, timeout: 10, ttl: 120 })
  const due = setInstallmentsStatusStep(
    transform({ input }, ({ input }) => ({
      from: ["SCHEDULED" as const],
      due_by: input.now ? new Date(input.now) : new Date(),
      to: "DUE" as const,
    }))
  )
  emitEventStep({ eventName: LeaseEvents.INSTALLMENT_DUE, data: due }).config({ name: "leasing-emit-installments-due" })
  releaseLockStep({ key: LOCK })
  return new WorkflowResponse(due)
})
