import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leasingUpdateCartWorkflow } from "../../../../workflows/leasing-cart/leasing-update-cart"
import { repairLeasingCartIfInterrupted } from "../../../../workflows/leasing-cart/repair-if-interrupted"
import { OrderItemInput } from "../../../../workflows/leasing-cart/types"
import { platformCartView } from "../leasing-view/platform-cart-view"
import { resolveOwnedCart } from "../leasing-view/resolve-cart-id"
import { PatchLeasingCartType } from "../validators"

/**
 * The leasing platform's "Update a cart", served at `PATCH /store/leasing/carts/:order_id` and
 * its Medusa-path twin `PATCH /store/carts/:id`. The path takes the cart's integer order id or
 * its Medusa id; the caller is the company of the API token or customer. A cart-level
 * `acquisition_mode` switches every device of the cart (priced anew).
 */
export async function updatePlatformCart(req: MedusaRequest<PatchLeasingCartType>, res: MedusaResponse) {
  // Ownership first: another company's cart is not even repaired or locked.
  const owned = await resolveOwnedCart(req.scope, req.params.order_id ?? req.params.id, req.leasing_caller!.company_id)
  const cartId = owned.cart_id
  const { purchaser_id, order_items, acquisition_mode } = req.validatedBody
  await repairLeasingCartIfInterrupted(req.scope, cartId, owned)
  await leasingUpdateCartWorkflow(req.scope).run({
    input: {
      cart_id: cartId,
      caller: req.leasing_caller!,
      purchaser_id,
      order_items: order_items as OrderItemInput[] | undefined,
      acquisition_mode,
    },
  })
  res.json({ data: await platformCartView(req.scope, cartId) })
}
