import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelPendingLeaseContractsStep } from "./steps/cancel-pending-lease-contracts"

export const cancelOrderLeaseContractsWorkflowId = "leasing-cancel-order-lease-contracts"
/** A cancelled order's leases that never started are cancelled with it. */
export const cancelOrderLeaseContractsWorkflow = createWorkflow(cancelOrderLeaseContractsWorkflowId, (input: { order_id: string }) => {
  return new WorkflowResponse(cancelPendingLeaseContractsStep(input))
})
