import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  deletePaymentSessionsStep,
  refreshCartItemsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { finishLeasingCartUpdateStep } from "./steps/finish-leasing-cart-update"
import { listCartPaymentSessionsStep } from "./steps/list-cart-payment-sessions"
import { loadInterruptedUpdateStep } from "./steps/load-interrupted-update"
import { removeCartLinesStep } from "./steps/remove-cart-lines"

export type LeasingRepairCartInput = { cart_id: string }

export const leasingRepairCartWorkflowId = "leasing-repair-cart"
/**
 * Finishes or undoes a cart update that was interrupted (the server died, or a compensation
 * failed): the cart ends with exactly its old devices or exactly its new ones, every other line
 * removed, taxes, promotions and the payment collection recomputed by core's refresh, payment
 * sessions unset, and the pending marker cleared last. Running it again is harmless.
 */
export const leasingRepairCartWorkflow = createWorkflow(
  { name: leasingRepairCartWorkflowId, idempotent: false },
  (input: LeasingRepairCartInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 30 })
    const interrupted = loadInterruptedUpdateStep({ cart_id: input.cart_id })
    const outcome = when("leasing-cart-was-interrupted", { interrupted }, ({ interrupted }) => !!interrupted).then(
      () => {
        removeCartLinesStep(
          transform({ input, interrupted }, ({ input, interrupted }) => ({
            cart_id: input.cart_id,
            line_item_ids: interrupted!.remove_item_ids,
          }))
        )
        refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, force_refresh: true } })
        const sessionIds = listCartPaymentSessionsStep({ cart_id: input.cart_id })
        deletePaymentSessionsStep(transform({ sessionIds }, ({ sessionIds }) => ({ ids: sessionIds })))
        finishLeasingCartUpdateStep(
          transform({ interrupted }, ({ interrupted }) => ({
            leasing_cart_id: interrupted!.leasing_cart_id,
            device_order: interrupted!.keep_item_ids,
            previous_device_order: interrupted!.previous_device_order,
          }))
        )
        return transform({ interrupted }, ({ interrupted }) => interrupted!.outcome)
      }
    )
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(transform({ outcome }, ({ outcome }) => outcome ?? "none"))
  }
)
