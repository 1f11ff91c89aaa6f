import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const listCartPaymentSessionsStepId = "leasing-list-cart-payment-sessions"
/**
 * The ids of the payment sessions still on the cart's payment collection (after the refresh,
 * which only drops them when the total changed). The store contract unsets them on every update.
 * Reads nothing when the update already knows the cart has no payment collection.
 */
export const listCartPaymentSessionsStep = createStep(
  listCartPaymentSessionsStepId,
  async ({ cart_id, has_payment_collection }: { cart_id: string; has_payment_collection?: boolean }, { container }) => {
    if (has_payment_collection === false) {
      return new StepResponse([] as string[])
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["payment_collection.payment_sessions.id"],
      filters: { id: cart_id },
    })
    const sessions = (data[0] as any)?.payment_collection?.payment_sessions ?? []
    return new StepResponse(sessions.flatMap((s: { id: string } | null) => (s ? [s.id] : [])) as string[])
  }
)
