import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LeaseContractStatus } from "../../../modules/leasing/constants"
import { LeasingError, LeasingErrorCode } from "../../../utils/leasing-errors"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export type LoadLeaseContractStepInput = {
  id: string
  /** Set on the store's routes: another company's contract is not found. */
  company_id?: string
  /** The statuses the action accepts; any other is refused with `refusal`. */
  statuses: LeaseContractStatus[]
  refusal: LeasingErrorCode
  action: string
}

export type LoadedLeaseContract = {
  id: string
  contract_number: number
  order_id: string
  company_id: string
  variant_id: string | null
  catalog_number: number
  /** Where the device was delivered and its layout: an extension prices the offer for them. */
  delivery_country: string
  keyboard_layout: string | null
  lease_term_months: number
  monthly_rent: number
  currency_code: string
  status: LeaseContractStatus
  starts_at: Date
  ends_at: Date
  extension_mode: string | null
  /** Set when an upgrade started the contract's return (its order and the fee it recorded). */
  upgrade: { order_id: string; fee: number | null } | null
}

export const loadLeaseContractStepId = "leasing-load-lease-contract"

/**
 * Reads a contract under its lock and checks the action applies to it: CONTRACT_NOT_FOUND for an
 * unknown one or another company's, the action's refusal code for a contract in another state.
 * Reads only, so nothing to undo.
 */
export const loadLeaseContractStep = createStep(
  loadLeaseContractStepId,
  async (input: LoadLeaseContractStepInput, { container }) => {
    const [contract] = await leasingService(container).listLeaseContracts(
      { id: input.id, ...(input.company_id ? { company_id: input.company_id } : {}) },
      { take: 1 }
    )
    if (!contract) {
      throw new LeasingError("CONTRACT_NOT_FOUND", `No lease contract ${input.id}.`)
    }
    if (!input.statuses.includes(contract.status)) {
      throw new LeasingError(
        input.refusal,
        `Lease contract ${contract.contract_number} is ${contract.status}: ${input.action} needs a contract that is ${input.statuses.join(" or ")}.`
      )
    }
    return new StepResponse<LoadedLeaseContract>({
      id: contract.id,
      contract_number: Number(contract.contract_number),
      order_id: contract.order_id,
      company_id: contract.company_id,
      variant_id: contract.variant_id ?? null,
      catalog_number: Number(contract.catalog_number),
      delivery_country: contract.delivery_country,
      keyboard_layout: contract.keyboard_layout ?? null,
      lease_term_months: contract.lease_term_months,
      monthly_rent: Number(contract.monthly_rent),
      currency_code: contract.currency_code,
      status: contract.status,
      starts_at: contract.starts_at as Date,
      ends_at: contract.ends_at as Date,
      extension_mode: contract.extension_mode ?? null,
      upgrade:
        ((contract.metadata as Record<string, unknown> | null)?.upgrade as LoadedLeaseContract["upgrade"]) ?? null,
    })
  }
)
