import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingService } from "../../lease-contracts/steps/leasing-service"
import type { ScheduledInstallment } from "../utils/installment-schedule"

export const createLeaseInstallmentsStepId = "leasing-create-lease-installments"

/** Writes installments in one insert; undone by deleting them. */
export const createLeaseInstallmentsStep = createStep(
  createLeaseInstallmentsStepId,
  async (rows: ScheduledInstallment[], { container }) => {
    if (!rows.length) return new StepResponse([] as string[], [] as string[])
    // Dates cross step boundaries serialized: written back as dates.
    const created = await leasingService(container).createLeaseInstallments(
      rows.map((r) => ({ ...r, due_date: new Date(r.due_date) }))
    )
    const ids = created.map((i) => i.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await leasingService(container).deleteLeaseInstallments(ids)
  }
)
