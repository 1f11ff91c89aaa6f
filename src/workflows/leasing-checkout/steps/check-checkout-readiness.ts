import { ContainerRegistrationKeys, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { checkLeasingCartConsistency } from "../utils/check-leasing-cart-consistency"
import { READINESS_FIELDS, ReadinessCart, readinessSnapshot } from "../utils/readiness-snapshot"

// The session states core's completion can authorise (validateCartPaymentsStep).
const PROCESSABLE = new Set<string>([
  PaymentSessionStatus.PENDING,
  PaymentSessionStatus.REQUIRES_MORE,
  PaymentSessionStatus.AUTHORIZED,
  PaymentSessionStatus.CAPTURED,
  PaymentSessionStatus.PENDING_AUTHORIZATION,
])

export type CheckCheckoutReadinessInput = {
  cart_id: string
  /** The cart as the checkout loaded it. */
  loaded: ReadinessCart
  /** A shipping method was added since (validate chose one): the totals moved, read again. */
  changed_since: boolean
}

export const checkCheckoutReadinessStepId = "leasing-check-checkout-readiness"
/**
 * What core's completion would refuse with a bare message, refused first with a code: devices
 * to ship and no shipping method (400 SHIPPING_METHOD_REQUIRED), an inconsistent cart (409
 * CART_INCONSISTENT), a one-time amount due and no payment session to authorise (402
 * PAYMENT_METHOD_REQUIRED). A cart of leased devices with free shipping owes nothing now.
 */
export const checkCheckoutReadinessStep = createStep(
  checkCheckoutReadinessStepId,
  async ({ cart_id, loaded, changed_since }: CheckCheckoutReadinessInput, { container }) => {
    const cart = changed_since
      ? readinessSnapshot(
          (
            await container.resolve(ContainerRegistrationKeys.QUERY).graph({
              entity: "cart",
              fields: READINESS_FIELDS,
              filters: { id: cart_id },
            })
          ).data[0]
        )
      : loaded
    const shipped = cart.items.some((i) => i.requires_shipping)
    if (shipped && !cart.shipping_methods.length) {
      throw new LeasingError(
        "SHIPPING_METHOD_REQUIRED",
        "Choose a shipping method for the devices before validating the cart."
      )
    }
    await checkLeasingCartConsistency(container, cart)
    const sessions = cart.payment_collection?.payment_sessions ?? []
    if (cart.total > 0 && !sessions.some((s) => PROCESSABLE.has(s.status))) {
      throw new LeasingError(
        "PAYMENT_METHOD_REQUIRED",
        `${cart.total} is due now (bought devices, shipping and taxes): initiate a payment session before validating the cart.`
      )
    }
    return new StepResponse(true)
  }
)
