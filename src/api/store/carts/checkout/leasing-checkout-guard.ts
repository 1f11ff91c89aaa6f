import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { LeasingError } from "../../../../utils/leasing-errors"
import { leasingRepairCartWorkflow } from "../../../../workflows/leasing-cart/leasing-repair-cart"
import { checkLeasingCartConsistency } from "./check-leasing-cart-consistency"

/**
 * Runs before core's `POST /store/carts/:id/complete` on a leasing cart. An interrupted update is
 * repaired (payment sessions unset) and the checkout refused with 409 CART_UPDATE_PENDING, since
 * what the buyer paid for may not be the cart any more; an inconsistent cart is refused with 409
 * CART_INCONSISTENT. Either way no order is created. Plain carts pass untouched.
 */
export function leasingCheckoutGuard() {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const cartId = req.params.id
      const [record] = await req.scope
        .resolve<LeasingModuleService>(LEASING_MODULE)
        .listLeasingCarts({ cart_id: cartId }, { select: ["id", "pending_update"], take: 1 })
      if (record?.pending_update) {
        await leasingRepairCartWorkflow(req.scope).run({ input: { cart_id: cartId } })
        throw new LeasingError(
          "CART_UPDATE_PENDING",
          "The cart's last update was interrupted and has just been completed; review the cart and pay again."
        )
      }
      if (record) {
        await checkLeasingCartConsistency(req.scope, cartId)
      }
      next()
    } catch (err) {
      next(err)
    }
  }
}
