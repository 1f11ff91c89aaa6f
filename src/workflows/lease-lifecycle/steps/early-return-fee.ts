import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

/**
 * The early-return rule (docs/lease-lifecycle.md): a device received before the contract's end
 * owes `earlyReturnFeeMonths` monthly rents (default 3), capped at the rent still to come.
 * Reads only.
 */
export const earlyReturnFeeStep = createStep(
  "leasing-compute-early-return-fee",
  async (input: { contract_id: string; ends_at: Date; monthly_rent: number; received_at: Date }, { container }) => {
    if (new Date(input.received_at).getTime() >= new Date(input.ends_at).getTime())
      return new StepResponse(null as number | null)
    const service = leasingService(container)
    const months = service.getLifecycleOptions().earlyReturnFeeMonths
    const toCome = await service.listLeaseInstallments(
      { contract_id: input.contract_id, status: "SCHEDULED" },
      { select: ["id"] }
    )
    return new StepResponse(
      (Math.round(Math.min(months, toCome.length) * input.monthly_rent * 100) / 100) as number | null
    )
  }
)
