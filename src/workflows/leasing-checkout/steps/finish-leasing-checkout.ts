import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export const finishLeasingCheckoutStepId = "leasing-finish-checkout"
/** Names the order the leasing cart became, last: from here on the cart is an order. Undone on failure. */
export const finishLeasingCheckoutStep = createStep(
  finishLeasingCheckoutStepId,
  async ({ leasing_cart_id, order_id }: { leasing_cart_id: string; order_id: string }, { container }) => {
    await container.resolve<LeasingModuleService>(LEASING_MODULE).writeLeasingCart(leasing_cart_id, { order_id })
    return new StepResponse(true, leasing_cart_id)
  },
  async (leasingCartId, { container }) => {
    if (!leasingCartId) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).writeLeasingCart(leasingCartId, { order_id: null })
  }
)
