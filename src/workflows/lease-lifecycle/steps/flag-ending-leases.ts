import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export const flagEndingLeasesStepId = "leasing-flag-ending-leases"

/**
 * Running contracts (ACTIVE, or EXTENDED for a new term) that end within the configured days and
 * were not announced yet: flagged as announced, answered as event data. Undone by clearing the flag.
 */
export const flagEndingLeasesStep = createStep(
  flagEndingLeasesStepId,
  async (input: { now: Date }, { container }) => {
    const service = leasingService(container)
    const now = new Date(input.now)
    const until = new Date(now.getTime() + service.getLifecycleOptions().endingSoonDays * 24 * 60 * 60 * 1000)
    const ending = await service.listLeaseContracts(
      {
        $or: [{ status: "ACTIVE" }, { status: "EXTENDED", extension_mode: "NEW_TERM" }],
        ends_at: { $gt: now, $lte: until },
        ending_soon_notified_at: null,
      } as never,
      { select: ["id", "contract_number", "company_id", "order_id", "status", "ends_at"] }
    )
    if (!ending.length) return new StepResponse([] as Record<string, unknown>[], [] as string[])
    const ids = ending.map((c) => c.id)
    await service.updateLeaseContracts({ selector: { id: ids }, data: { ending_soon_notified_at: now } })
    const events = ending.map((c) => ({
      id: c.id,
      contract_number: Number(c.contract_number),
      company_id: c.company_id,
      order_id: c.order_id,
      status: c.status,
      ends_at: new Date(c.ends_at as Date).toISOString(),
    }))
    return new StepResponse(events, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await leasingService(container).updateLeaseContracts({
      selector: { id: ids },
      data: { ending_soon_notified_at: null },
    })
  }
)
