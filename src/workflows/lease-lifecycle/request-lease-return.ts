import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents, RUNNING_LEASE_STATUSES } from "../../modules/leasing/constants"
import { followContractDevicesStep } from "../leasing-devices/steps/follow-contract-devices"
import { lockContract } from "./contract-lock"
import { updateLeaseContractStep } from "./steps/update-lease-contract"
import { contractEventData } from "./utils/contract-event"

export type ReturnAddress = {
  address_1: string
  address_2?: string | null
  postal_code?: string | null
  city: string
  country_code: string
  company?: string | null
  contact_name?: string | null
  phone?: string | null
}
/** `address` null: a return the daily job started at the end date (the merchant arranges the pickup). */
export type RequestLeaseReturnInput = {
  id: string
  company_id?: string
  address: ReturnAddress | null
  return_date: string
}
export const requestLeaseReturnWorkflowId = "leasing-request-lease-return"

/**
 * The company sends its device back: RETURN_REQUESTED with the pickup address and date, and
 * `lease_contract.return_requested`. Rent keeps falling due until staff record the reception.
 * Only a running contract (ACTIVE or EXTENDED) can be returned: else 409 CONTRACT_NOT_ACTIVE.
 */
export const requestLeaseReturnWorkflow = createWorkflow(
  { name: requestLeaseReturnWorkflowId, idempotent: false },
  (input: RequestLeaseReturnInput) => {
    const { lockKey, contract } = lockContract(input, {
      statuses: RUNNING_LEASE_STATUSES,
      refusal: "CONTRACT_NOT_ACTIVE",
      action: "a return",
    })
    updateLeaseContractStep(
      transform({ input, contract }, ({ input, contract }) => ({
        id: contract.id,
        status: "RETURN_REQUESTED",
        return_address: input.address as Record<string, unknown> | null,
        return_date: new Date(input.return_date),
      }))
    )
    // The device keeps its status until the reception (see deviceChangeForContract); the map decides, not this workflow.
    followContractDevicesStep(
      transform({ contract }, ({ contract }) => ({ contract_id: contract.id, status: "RETURN_REQUESTED" as const }))
    )
    emitEventStep({
      eventName: LeaseEvents.RETURN_REQUESTED,
      data: transform({ contract, input }, ({ contract, input }) =>
        contractEventData(contract, "RETURN_REQUESTED", { return_date: new Date(input.return_date).toISOString() })
      ),
    }).config({ name: "leasing-emit-contract-return-requested" })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ contract }, ({ contract }) => contract.id))
  }
)
