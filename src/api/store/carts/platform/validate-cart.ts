import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { CART_NOT_FOUND_MESSAGE, LeasingError } from "../../../../utils/leasing-errors"
import { leasingCompleteCartWorkflow } from "../../../../workflows/leasing-checkout/leasing-complete-cart"
import { leasingCaller } from "../../../utils/leasing-caller"
import { checkoutConflict } from "../checkout/checkout-conflict"
import { finishCheckoutIfInterrupted } from "../checkout/finish-if-interrupted"
import { refuseInterruptedCart } from "../checkout/refuse-interrupted-cart"
import { resolveCartId } from "../leasing-view/resolve-cart-id"
import { ValidateLeasingCartType } from "../validators"

/**
 * The leasing platform's "validate a cart", served at `POST /store/leasing/carts/:order_id/validate`
 * and its Medusa-path twin `POST /store/carts/:id/validate`: the cart (by integer order id or
 * Medusa id) becomes a Medusa order with one lease contract per leased device. Answers
 * `{ data: { order_id, client_status } }`, order_id being the integer id the cart already had.
 * Refusals use Fleet's validate codes (VALIDATE_CART_CONFLICT, ORDER_STATUS_TRANSITION_FORBIDDEN,
 * INVALID_USER, VALIDATE_CART_NO_DEVICES, PAYMENT_METHOD_REQUIRED) where Fleet has one.
 */
export async function validatePlatformCart(req: MedusaRequest<ValidateLeasingCartType>, res: MedusaResponse) {
  try {
    await validate(req, res)
  } catch (err) {
    throw checkoutConflict(err)
  }
}

async function validate(req: MedusaRequest<ValidateLeasingCartType>, res: MedusaResponse) {
  const caller = leasingCaller(req)
  const cartId = await resolveCartId(req.scope, req.params.order_id ?? req.params.id)
  const [record] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listLeasingCarts(
      { cart_id: cartId },
      { select: ["company_id", "pending_update", "signatory_user_id", "order_id", "order_number"], take: 1 }
    )
  if (record?.company_id !== caller.company_id) {
    throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
  }
  await refuseInterruptedCart(req.scope, cartId, record)
  if (await finishCheckoutIfInterrupted(req.scope, cartId, record)) {
    return res.status(200).json({ data: { order_id: Number(record.order_number), client_status: "RECEIVED" } })
  }
  const { result } = await leasingCompleteCartWorkflow(req.scope).run({
    input: {
      cart_id: cartId,
      caller: { company_id: caller.company_id, scope: caller.scope },
      purchaser_id: req.validatedBody.purchaser_id,
      signatory_id: req.validatedBody.signatory_id,
    },
  })
  res.status(200).json({ data: { order_id: result.order_number, client_status: "RECEIVED" } })
}
