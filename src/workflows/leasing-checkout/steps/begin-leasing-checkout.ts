import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export type BeginLeasingCheckoutStepInput = {
  leasing_cart_id: string
  purchaser_user_id: string
  signatory_user_id: string
  previous: { purchaser_user_id: string | null; signatory_user_id: string | null }
}

export const beginLeasingCheckoutStepId = "leasing-begin-checkout"
/**
 * Records who orders and who signs, before core's completion: a leasing cart with a signatory
 * and no order is a checkout under way, or one a crash interrupted after its order was placed
 * (`finishInterruptedLeasingCheckouts` then creates its contracts). Undone on failure.
 */
export const beginLeasingCheckoutStep = createStep(
  beginLeasingCheckoutStepId,
  async (input: BeginLeasingCheckoutStepInput, { container }) => {
    await container.resolve<LeasingModuleService>(LEASING_MODULE).writeLeasingCart(input.leasing_cart_id, {
      purchaser_user_id: input.purchaser_user_id,
      signatory_user_id: input.signatory_user_id,
    })
    return new StepResponse(true, { id: input.leasing_cart_id, ...input.previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, ...fields } = previous
    await container.resolve<LeasingModuleService>(LEASING_MODULE).writeLeasingCart(id, fields)
  }
)
