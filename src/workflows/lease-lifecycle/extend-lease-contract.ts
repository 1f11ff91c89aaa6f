import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents, LeaseExtensionMode, RUNNING_LEASE_STATUSES } from "../../modules/leasing/constants"
import { CONTRACT_LOCK, contractLockKey } from "./contract-lock"
import { createLeaseInstallmentsStep } from "./steps/create-lease-installments"
import { loadLeaseContractStep } from "./steps/load-lease-contract"
import { planLeaseExtensionStep } from "./steps/plan-lease-extension"
import { updateLeaseContractStep } from "./steps/update-lease-contract"
import { installmentSchedule } from "./utils/installment-schedule"
import { contractEventData } from "./utils/contract-event"

export type ExtendLeaseContractInput = {
  id: string
  company_id?: string
  mode: LeaseExtensionMode
  /** NEW_TERM only: months added to the contract (at its current monthly rent). */
  months?: number
}
export const extendLeaseContractWorkflowId = "leasing-extend-lease-contract"

/**
 * A running contract (ACTIVE or EXTENDED; else 409 CONTRACT_NOT_ACTIVE) runs on: EXTENDED with a
 * new term (its installments written now, the end date moved) or month to month (one installment
 * a month as each end date passes). Emits `lease_contract.extended` when the end date moved.
 * The daily job runs it month to month for contracts whose end passed without a choice.
 */
export const extendLeaseContractWorkflow = createWorkflow(
  { name: extendLeaseContractWorkflowId, idempotent: false },
  (input: ExtendLeaseContractInput) => {
    const lockKey = transform({ input }, ({ input }) => contractLockKey(input.id))
    acquireLockStep({ key: lockKey, ...CONTRACT_LOCK })
    const contract = loadLeaseContractStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        company_id: input.company_id,
        statuses: RUNNING_LEASE_STATUSES,
        refusal: "CONTRACT_NOT_ACTIVE" as const,
        action: "an extension",
      }))
    )
    const plan = planLeaseExtensionStep(
      transform({ input, contract }, ({ input, contract }) => ({
        contract_id: contract.id,
        starts_at: contract.starts_at,
        mode: input.mode,
        months: input.months,
        now: new Date(),
      }))
    )
    updateLeaseContractStep(
      transform({ input, contract, plan }, ({ input, contract, plan }) => ({
        id: contract.id,
        status: "EXTENDED",
        extension_mode: input.mode,
        ends_at: plan.ends_at,
        // A new term is announced again before its end; a rolling month is not.
        ...(input.mode === "NEW_TERM" ? { ending_soon_notified_at: null } : {}),
      }))
    )
    createLeaseInstallmentsStep(
      transform({ contract, plan }, ({ contract, plan }) =>
        installmentSchedule({
          contract_id: contract.id,
          company_id: contract.company_id,
          starts_at: contract.starts_at,
          monthly_rent: contract.monthly_rent,
          currency_code: contract.currency_code,
          from: plan.from,
          to: plan.to,
        })
      )
    )
    emitEventStep({
      eventName: LeaseEvents.EXTENDED,
      data: transform({ input, contract, plan }, ({ input, contract, plan }) =>
        new Date(plan.ends_at).getTime() === new Date(contract.ends_at).getTime() && contract.status === "EXTENDED"
          ? []
          : [
              contractEventData(contract, "EXTENDED", {
                extension_mode: input.mode,
                ends_at: new Date(plan.ends_at).toISOString(),
              }),
            ]
      ),
    }).config({ name: "leasing-emit-contract-extended" })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ contract, plan }, ({ contract, plan }) => ({
        id: contract.id,
        ends_at: plan.ends_at,
        installments_added: plan.to - plan.from + 1,
      }))
    )
  }
)
