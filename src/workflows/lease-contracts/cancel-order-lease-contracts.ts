import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { cancelPendingLeaseContractsStep } from "./steps/cancel-pending-lease-contracts"

export const cancelOrderLeaseContractsWorkflowId = "leasing-cancel-order-lease-contracts"
/**
 * A cancelled order's leases that never started are cancelled with it. Each contract's lock (the
 * one a delivery takes) is held meanwhile, so a delivery recorded at the same moment is never
 * overwritten by the cancellation: the contract is re-read under the lock.
 */
export const cancelOrderLeaseContractsWorkflow = createWorkflow(
  cancelOrderLeaseContractsWorkflowId,
  (input: { order_id: string }) => {
    const { data: pending } = useQueryGraphStep({
      entity: "lease_contract",
      fields: ["id"],
      filters: { order_id: input.order_id, status: "PENDING_DELIVERY" },
    }).config({ name: "leasing-list-pending-order-contracts" })
    const lockKeys = transform({ pending }, ({ pending }) =>
      pending.map((c: { id: string }) => `lease_contract:${c.id}`)
    )
    acquireLockStep({ key: lockKeys, timeout: 5, ttl: 15 })
    const cancelled = cancelPendingLeaseContractsStep(
      transform({ pending }, ({ pending }) => ({ ids: pending.map((c: { id: string }) => c.id) }))
    )
    releaseLockStep({ key: lockKeys })
    return new WorkflowResponse(cancelled)
  }
)
