import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export type FinishLeasingCartUpdateStepInput = {
  leasing_cart_id: string
  device_order: string[]
  previous_device_order: string[] | null
}

export const finishLeasingCartUpdateStepId = "leasing-finish-cart-update"
/**
 * The update's last write, one statement: the devices' new order, and the pending marker cleared.
 * From here on the cart needs no repair. (Undoing it restores the order; the marker is reset by
 * the compensation of the step that set it.)
 */
export const finishLeasingCartUpdateStep = createStep(
  finishLeasingCartUpdateStepId,
  async ({ leasing_cart_id, device_order, previous_device_order }: FinishLeasingCartUpdateStepInput, { container }) => {
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    await service.writeLeasingCart(leasing_cart_id, { device_order, pending_update: null })
    return new StepResponse(device_order, { id: leasing_cart_id, device_order: previous_device_order })
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, device_order } = previous
    await container.resolve<LeasingModuleService>(LEASING_MODULE).writeLeasingCart(id, { device_order })
  }
)
