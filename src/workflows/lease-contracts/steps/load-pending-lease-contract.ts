import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { leasingService } from "./leasing-service"

export type LoadPendingLeaseContractStepInput = { id: string }
export type PendingLeaseContract = {
  id: string
  contract_number: number
  company_id: string
  lease_term_months: number
  monthly_rent: number
  currency_code: string
}

export const loadPendingLeaseContractStepId = "leasing-load-pending-lease-contract"

/**
 * Reads a contract that waits for its delivery: NOT_FOUND for an unknown one, and
 * CONTRACT_NOT_PENDING_DELIVERY once it has started, ended or been cancelled (a delivery is
 * recorded once; a second one would move its dates). Reads only, so nothing to undo.
 */
export const loadPendingLeaseContractStep = createStep(
  loadPendingLeaseContractStepId,
  async ({ id }: LoadPendingLeaseContractStepInput, { container }) => {
    const [contract] = await leasingService(container).listLeaseContracts(
      { id },
      {
        select: ["id", "contract_number", "company_id", "status", "lease_term_months", "monthly_rent", "currency_code"],
      }
    )
    if (!contract) {
      throw new LeasingError("NOT_FOUND", `No lease contract with id ${id}.`)
    }
    if (contract.status !== "PENDING_DELIVERY") {
      throw new LeasingError(
        "CONTRACT_NOT_PENDING_DELIVERY",
        `Lease contract ${contract.contract_number} is ${contract.status}: only a contract pending delivery can be marked delivered.`
      )
    }
    return new StepResponse<PendingLeaseContract>({
      id: contract.id,
      contract_number: Number(contract.contract_number),
      company_id: contract.company_id,
      lease_term_months: contract.lease_term_months,
      monthly_rent: Number(contract.monthly_rent),
      currency_code: contract.currency_code,
    })
  }
)
