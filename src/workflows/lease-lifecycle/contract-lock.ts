import { transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep } from "@medusajs/medusa/core-flows"
import type { LeaseInstallmentStatus } from "../../modules/leasing/constants"
import type { LeasingErrorCode } from "../../utils/leasing-errors"
import { loadLeaseContractStep, LoadLeaseContractStepInput } from "./steps/load-lease-contract"
import { loadLeaseInstallmentStep } from "./steps/load-lease-installment"
import { setInstallmentsStatusStep, SetInstallmentsStatusStepInput } from "./steps/set-installments-status"

/** The lock every workflow that changes a contract holds (the delivery's key). */
export const contractLockKey = (id: string) => `lease_contract:${id}`
export const CONTRACT_LOCK = { timeout: 5, ttl: 30 }

/**
 * The start of every end-of-lease workflow, called inside its composition: the contract's lock,
 * then the contract, for the caller's company when set, in one of `rule.statuses` (else
 * `rule.refusal`, before any write). Returns the lock key, which the workflow releases last.
 */
export function lockContract(
  input: { id: string; company_id?: string },
  rule: Omit<LoadLeaseContractStepInput, "id" | "company_id">
) {
  const lockKey = transform({ input }, ({ input }) => contractLockKey(input.id))
  acquireLockStep({ key: lockKey, ...CONTRACT_LOCK })
  const contract = loadLeaseContractStep(
    transform({ input }, ({ input }) => ({ id: input.id, company_id: input.company_id, ...rule }))
  )
  return { lockKey, contract }
}

type InstallmentInput = { contract_id: string; installment_id: string }

/**
 * Staff recording something on one installment (an invoice, a payment), called inside the
 * workflow's composition: under the contract's lock, the installment must be in one of
 * `move.from` (else `move.refusal`, nothing written), then it moves to `move.to` with the fields
 * `move.data` derives from the input. Returns the lock key (released last) and the installment.
 */
export function lockAndMoveInstallment<I extends InstallmentInput>(
  input: I,
  move: {
    from: LeaseInstallmentStatus[]
    to: LeaseInstallmentStatus
    refusal: LeasingErrorCode
    action: string
    data: (input: I) => SetInstallmentsStatusStepInput["data"]
  }
) {
  // Typed as the plain input: transform's inference does not see through a generic.
  const ids = input as InstallmentInput
  const lockKey = transform({ ids }, ({ ids }) => contractLockKey(ids.contract_id))
  acquireLockStep({ key: lockKey, ...CONTRACT_LOCK })
  loadLeaseInstallmentStep(
    transform({ ids }, ({ ids }) => ({
      id: ids.installment_id,
      contract_id: ids.contract_id,
      statuses: move.from,
      refusal: move.refusal,
      action: move.action,
    }))
  )
  const moved = setInstallmentsStatusStep(
    transform({ ids }, ({ ids }) => ({
      ids: [ids.installment_id],
      from: move.from,
      to: move.to,
      data: move.data(ids as I),
    }))
  )
  return { lockKey, moved }
}
