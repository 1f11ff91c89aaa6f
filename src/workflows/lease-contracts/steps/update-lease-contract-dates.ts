import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LeaseContractStatus } from "../../../modules/leasing/constants"
import { leasingService } from "./leasing-service"

export type UpdateLeaseContractDatesStepInput = {
  id: string
  status: LeaseContractStatus
  starts_at: Date | null
  ends_at: Date | null
}

export const updateLeaseContractDatesStepId = "leasing-update-lease-contract-dates"

/** Sets a contract's status and dates; the compensation writes back the values it had. */
export const updateLeaseContractDatesStep = createStep(
  updateLeaseContractDatesStepId,
  async (input: UpdateLeaseContractDatesStepInput, { container }) => {
    const service = leasingService(container)
    const before = await service.retrieveLeaseContract(input.id, { select: ["id", "status", "starts_at", "ends_at"] })
    const updated = await service.updateLeaseContracts(input)
    const previous: UpdateLeaseContractDatesStepInput = {
      id: before.id,
      status: before.status,
      starts_at: before.starts_at ?? null,
      ends_at: before.ends_at ?? null,
    }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await leasingService(container).updateLeaseContracts(previous)
  }
)
