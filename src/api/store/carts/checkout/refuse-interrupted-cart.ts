import { MedusaContainer } from "@medusajs/framework/types"
import { LeasingError } from "../../../../utils/leasing-errors"
import { leasingRepairCartWorkflow } from "../../../../workflows/leasing-cart/leasing-repair-cart"

/**
 * A checkout never runs on a cart whose last update was interrupted: the update is finished or
 * undone (payment sessions unset) and the checkout refused (409 CART_UPDATE_PENDING), since what
 * the buyer agreed to, or paid for, may not be the cart any more.
 */
export async function refuseInterruptedCart(
  scope: MedusaContainer,
  cartId: string,
  record: { pending_update?: unknown } | undefined
) {
  if (!record?.pending_update) return
  await leasingRepairCartWorkflow(scope).run({ input: { cart_id: cartId } })
  throw new LeasingError(
    "CART_UPDATE_PENDING",
    "The cart's last update was interrupted and has just been completed; review the cart and pay again."
  )
}
