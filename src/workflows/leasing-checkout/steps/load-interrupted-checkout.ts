import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RecordLeasingOrderInput } from "../record-leasing-order"

export const loadInterruptedCheckoutStepId = "leasing-load-interrupted-checkout"
/**
 * A cart whose checkout placed core's order but never recorded it (a signatory, the cart
 * completed with an order, no order id on the leasing cart), as the input that records it; null
 * for any other cart.
 */
export const loadInterruptedCheckoutStep = createStep(
  loadInterruptedCheckoutStepId,
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: [
        "id",
        "completed_at",
        "order.id",
        "leasing_cart.id",
        "leasing_cart.company_id",
        "leasing_cart.signatory_user_id",
        "leasing_cart.order_id",
      ],
      filters: { id: cart_id },
    })
    const cart = data[0]
    const record = cart?.leasing_cart
    const orderId = cart?.completed_at ? cart.order?.id : undefined
    if (!record || !orderId || !record.signatory_user_id || record.order_id) {
      return new StepResponse(null as RecordLeasingOrderInput | null)
    }
    return new StepResponse<RecordLeasingOrderInput | null>({
      leasing_cart_id: record.id,
      order_id: orderId,
      cart_id,
      company_id: record.company_id,
      signatory_user_id: record.signatory_user_id,
    })
  }
)
