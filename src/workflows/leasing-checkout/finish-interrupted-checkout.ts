import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { recordLeasingOrderWorkflow } from "./record-leasing-order"
import { discardOrphanOrdersStep } from "./steps/discard-orphan-orders"
import { loadInterruptedCheckoutStep } from "./steps/load-interrupted-checkout"

export const finishInterruptedCheckoutWorkflowId = "leasing-finish-interrupted-checkout"
/**
 * Finishes one checkout a crash interrupted after core placed the order and before the lease
 * contracts: under the cart's lock (a checkout still running holds it, so it is never raced),
 * the cart is read again and, if it is still an order without contracts, they are created.
 * A checkout killed before core linked its order may have left an unreachable order: it is
 * deleted. Returns the order id, or null when there was nothing to finish.
 */
export const finishInterruptedCheckoutWorkflow = createWorkflow(
  finishInterruptedCheckoutWorkflowId,
  (input: { cart_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 60 })
    const interrupted = loadInterruptedCheckoutStep(input)
    when("leasing-checkout-was-interrupted", { interrupted }, ({ interrupted }) => !!interrupted).then(() => {
      recordLeasingOrderWorkflow.runAsStep({ input: transform({ interrupted }, ({ interrupted }) => interrupted!) })
    })
    // Killed inside core's completion before the order was linked: no order to record, but
    // possibly an unreachable one to delete before the retry places the real one.
    when("leasing-checkout-died-before-its-order", { interrupted }, ({ interrupted }) => !interrupted).then(() => {
      discardOrphanOrdersStep({ cart_id: input.cart_id })
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(transform({ interrupted }, ({ interrupted }) => interrupted?.order_id ?? null))
  }
)
