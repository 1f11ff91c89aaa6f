import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

/** The contract fields the end-of-lease workflows change. */
export type LeaseContractChange = {
  id: string
  status?: string
  ends_at?: Date | null
  lease_term_months?: number
  monthly_rent?: number
  extension_mode?: string | null
  return_address?: Record<string, unknown> | null
  return_date?: Date | null
  ended_at?: Date | null
  early_return_fee?: number | null
  ending_soon_notified_at?: Date | null
}

const DATE_FIELDS = ["ends_at", "return_date", "ended_at", "ending_soon_notified_at"]

export const updateLeaseContractStepId = "leasing-update-lease-contract"

/** Changes a contract's end-of-lease fields; the compensation writes back the values they had. */
export const updateLeaseContractStep = createStep(
  updateLeaseContractStepId,
  async (change: LeaseContractChange, { container }) => {
    const service = leasingService(container)
    const fields = Object.keys(change).filter((k) => k !== "id")
    const before = await service.retrieveLeaseContract(change.id, { select: ["id", ...fields] })
    const previous = Object.fromEntries(
      ["id", ...fields].map((k) => [k, (before as Record<string, unknown>)[k] ?? null])
    ) as LeaseContractChange
    if (previous.monthly_rent !== undefined && previous.monthly_rent !== null)
      previous.monthly_rent = Number(previous.monthly_rent)
    if (previous.early_return_fee !== undefined && previous.early_return_fee !== null)
      previous.early_return_fee = Number(previous.early_return_fee)
    // Dates cross step boundaries serialized: written back as dates.
    const dated = Object.fromEntries(
      Object.entries(change).map(([k, v]) => [k, DATE_FIELDS.includes(k) && typeof v === "string" ? new Date(v) : v])
    )
    await service.updateLeaseContracts(dated as never)
    return new StepResponse(change, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await leasingService(container).updateLeaseContracts(previous as never)
  }
)
