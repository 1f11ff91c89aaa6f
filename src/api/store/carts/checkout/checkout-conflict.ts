import { isLockFailure, LeasingError } from "../../../../utils/leasing-errors"

/**
 * A checkout that finds the cart's lock taken (another checkout, or an update, of the same cart)
 * answers Fleet's validate code, 409 VALIDATE_CART_CONFLICT, where an update answers CART_LOCKED:
 * the lock is core's, so its failure is named here, at the checkout's door. Other errors pass.
 */
export function checkoutConflict(err: unknown): unknown {
  if (!isLockFailure(err)) return err
  return new LeasingError(
    "VALIDATE_CART_CONFLICT",
    "Another checkout or an update of this cart is under way. Retry shortly."
  )
}
