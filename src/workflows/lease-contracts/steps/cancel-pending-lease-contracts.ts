import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export const cancelPendingLeaseContractsStepId = "leasing-cancel-pending-lease-contracts"
/**
 * Cancels an order's contracts that have not started (device not delivered). A running lease is
 * left alone: ending it is a decision for staff (return, buyback), not a side effect. Undone by
 * setting them back to PENDING_DELIVERY.
 */
export const cancelPendingLeaseContractsStep = createStep(
  cancelPendingLeaseContractsStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const pending = await service.listLeaseContracts({ order_id, status: "PENDING_DELIVERY" }, { select: ["id"] })
    const ids = pending.map((c) => c.id)
    if (ids.length) await service.updateLeaseContracts({ selector: { id: ids }, data: { status: "CANCELLED" } })
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).updateLeaseContracts({ selector: { id: ids }, data: { status: "PENDING_DELIVERY" } })
  }
)
