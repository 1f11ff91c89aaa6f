import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents } from "../../modules/leasing/constants"
import { followContractDevicesStep } from "../leasing-devices/steps/follow-contract-devices"
import { lockContract } from "./contract-lock"
import { earlyReturnFeeStep } from "./steps/early-return-fee"
import { setInstallmentsStatusStep } from "./steps/set-installments-status"
import { updateLeaseContractStep } from "./steps/update-lease-contract"
import { contractEventData } from "./utils/contract-event"

export type ReceiveLeaseReturnInput = { id: string; received_at?: string }
export const receiveLeaseReturnWorkflowId = "leasing-receive-lease-return"

/**
 * Staff received the returned device: the contract ENDED, its installments not yet due
 * CANCELLED (due ones stay owed), an early return's fee recorded, its device ARCHIVED, `lease_contract.ended`.
 * Only a contract whose return was requested: else 409 CONTRACT_NOT_RETURN_REQUESTED.
 */
export const receiveLeaseReturnWorkflow = createWorkflow(
  { name: receiveLeaseReturnWorkflowId, idempotent: false },
  (input: ReceiveLeaseReturnInput) => {
    const { lockKey, contract } = lockContract(input, {
      statuses: ["RETURN_REQUESTED"],
      refusal: "CONTRACT_NOT_RETURN_REQUESTED",
      action: "recording a reception",
    })
    const receivedAt = transform({ input }, ({ input }) =>
      input.received_at ? new Date(input.received_at) : new Date()
    )
    const fee = earlyReturnFeeStep(
      transform({ contract, receivedAt }, ({ contract, receivedAt }) => ({
        contract_id: contract.id,
        ends_at: contract.ends_at,
        monthly_rent: contract.monthly_rent,
        received_at: receivedAt,
        upgrade: contract.upgrade,
      }))
    )
    updateLeaseContractStep(
      transform({ contract, receivedAt, fee }, ({ contract, receivedAt, fee }) => ({
        id: contract.id,
        status: "ENDED",
        ended_at: receivedAt,
        early_return_fee: fee,
      }))
    )
    setInstallmentsStatusStep(
      transform({ contract }, ({ contract }) => ({
        contract_id: contract.id,
        from: ["SCHEDULED" as const],
        to: "CANCELLED" as const,
      }))
    )
    followContractDevicesStep(
      transform({ contract }, ({ contract }) => ({ contract_id: contract.id, status: "ENDED" as const }))
    )
    emitEventStep({
      eventName: LeaseEvents.ENDED,
      data: transform({ contract, fee }, ({ contract, fee }) =>
        contractEventData(contract, "ENDED", { early_return_fee: fee })
      ),
    }).config({ name: "leasing-emit-contract-ended" })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ contract, fee }, ({ contract, fee }) => ({ id: contract.id, early_return_fee: fee }))
    )
  }
)
