import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LeaseInstallmentStatus } from "../../../modules/leasing/constants"
import { LeasingError, LeasingErrorCode } from "../../../utils/leasing-errors"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export type LoadLeaseInstallmentStepInput = {
  id: string
  contract_id: string
  statuses: LeaseInstallmentStatus[]
  refusal: LeasingErrorCode
  action: string
}

export const loadLeaseInstallmentStepId = "leasing-load-lease-installment"

/** Reads one of a contract's installments (under the contract's lock) and checks its status. Reads only. */
export const loadLeaseInstallmentStep = createStep(
  loadLeaseInstallmentStepId,
  async (input: LoadLeaseInstallmentStepInput, { container }) => {
    const [installment] = await leasingService(container).listLeaseInstallments(
      { id: input.id, contract_id: input.contract_id },
      { take: 1 }
    )
    if (!installment) {
      throw new LeasingError(
        "INSTALLMENT_NOT_FOUND",
        `Lease contract ${input.contract_id} has no installment ${input.id}.`
      )
    }
    if (!input.statuses.includes(installment.status)) {
      throw new LeasingError(
        input.refusal,
        `Installment ${installment.sequence} is ${installment.status}: ${input.action} needs ${input.statuses.join(" or ")}.`
      )
    }
    return new StepResponse({
      id: installment.id,
      sequence: installment.sequence,
      status: installment.status as LeaseInstallmentStatus,
    })
  }
)
