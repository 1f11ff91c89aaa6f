import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

/**
 * The early-return rule (docs/lease-lifecycle.md): a device received before the contract's end
 * owes `earlyReturnFeeMonths` monthly rents (default 3), capped at the rent still to come; one an
 * upgrade started owes the upgrade's fee instead (docs/lease-lifecycle.md, "Upgrade").
 * Reads only.
 */
export const earlyReturnFeeStep = createStep(
  "leasing-compute-early-return-fee",
  async (
    input: {
      contract_id: string
      ends_at: Date
      monthly_rent: number
      received_at: Date
      /** A return an upgrade started owes the upgrade's fee (already recorded), not an early-return fee. */
      upgrade?: { fee: number | null } | null
    },
    { container }
  ) => {
    if (input.upgrade) return new StepResponse((input.upgrade.fee || null) as number | null)
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
