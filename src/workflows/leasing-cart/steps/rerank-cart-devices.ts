import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export type RerankCartDevicesStepInput = { updates: { leasing_line_id: string; rank: number; previous_rank: number }[] }

export const rerankCartDevicesStepId = "rerank-cart-devices"
/**
 * Moves devices the cart keeps to their position in the request, so responses list devices in
 * the order the caller sent them.
 */
export const rerankCartDevicesStep = createStep(
  rerankCartDevicesStepId,
  async ({ updates }: RerankCartDevicesStepInput, { container }) => {
    if (!updates.length) {
      return new StepResponse(0, null)
    }
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    await service.updateLeasingCartLines(updates.map((u) => ({ id: u.leasing_line_id, rank: u.rank })))
    return new StepResponse(updates.length, updates)
  },
  async (updates, { container }) => {
    if (!updates?.length) return
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    await service.updateLeasingCartLines(updates.map((u) => ({ id: u.leasing_line_id, rank: u.previous_rank })))
  }
)
