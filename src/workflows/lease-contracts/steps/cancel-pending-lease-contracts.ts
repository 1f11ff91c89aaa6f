import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export const cancelPendingLeaseContractsStepId = "leasing-cancel-pending-lease-contracts"
/**
 * Cancels those of the given contracts that have still not started (read again here, under their
 * locks). A running lease is left alone: ending it is a decision for staff (return, buyback), not
 * a side effect. Undone by setting them back to PENDING_DELIVERY.
 */
export const cancelPendingLeaseContractsStep = createStep(
  cancelPendingLeaseContractsStepId,
  async ({ ids }: { ids: string[] }, { container }) => {
    if (!ids.length) return new StepResponse([] as string[], [] as string[])
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const pending = (await service.listLeaseContracts({ id: ids, status: "PENDING_DELIVERY" }, { select: ["id"] })).map(
      (c) => c.id
    )
    if (pending.length) await service.updateLeaseContracts({ selector: { id: pending }, data: { status: "CANCELLED" } })
    return new StepResponse(pending, pending)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<LeasingModuleService>(LEASING_MODULE)
      .updateLeaseContracts({ selector: { id: ids }, data: { status: "PENDING_DELIVERY" } })
  }
)
