import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const releaseVoidedPaymentSessionsStepId = "leasing-release-voided-payment-sessions"
/**
 * Does nothing forward. Placed just before core's completion, its compensation runs after core
 * has cancelled the payment it authorised (a failure after the authorisation: our contracts, or
 * core's own last steps): the session still says "authorized" and Medusa's payment module would
 * hand the cancelled payment back to the next checkout, so the session is removed and the buyer
 * pays again, as after any cart update.
 */
export const releaseVoidedPaymentSessionsStep = createStep(
  releaseVoidedPaymentSessionsStepId,
  async ({ cart_id }: { cart_id: string }) => new StepResponse(true, cart_id),
  async (cartId, { container }) => {
    if (!cartId) return
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["payment_collection.payment_sessions.id", "payment_collection.payment_sessions.payment.canceled_at"],
      filters: { id: cartId },
    })
    const sessions = (data[0]?.payment_collection?.payment_sessions ?? []) as ({
      id: string
      payment?: { canceled_at: unknown } | null
    } | null)[]
    const voided = sessions.filter((s) => s?.payment?.canceled_at).map((s) => s!.id)
    const payments = container.resolve(Modules.PAYMENT)
    for (const id of voided) await payments.deletePaymentSession(id)
  }
)
