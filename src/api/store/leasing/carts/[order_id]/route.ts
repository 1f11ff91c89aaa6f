import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../../modules/leasing"
import LeasingModuleService from "../../../../../modules/leasing/service"
import { LeasingError, CART_NOT_FOUND_MESSAGE } from "../../../../../utils/leasing-errors"
import { repairLeasingCartIfInterrupted } from "../../../../../workflows/leasing-cart/repair-if-interrupted"
import { leasingCaller } from "../../../../utils/leasing-caller"
import { platformCartView } from "../../../carts/leasing-view/platform-cart-view"
import { resolveCartId } from "../../../carts/leasing-view/resolve-cart-id"
import { updatePlatformCart } from "../../../carts/platform/update-cart"

/**
 * GET /store/leasing/carts/:order_id — the platform's view of a cart (the body `PATCH` answers
 * with), by integer order id or Medusa id, for the company that owns it only: any other cart is
 * not found (404 CART_NOT_FOUND). A validated cart still shows its devices; its order is `GET /orders/:order_id`.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const cartId = await resolveCartId(req.scope, req.params.order_id)
  const [record] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listLeasingCarts({ cart_id: cartId }, { select: ["company_id", "pending_update"], take: 1 })
  if (record?.company_id !== company_id) {
    throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
  }
  await repairLeasingCartIfInterrupted(req.scope, cartId, record)
  res.json({ data: await platformCartView(req.scope, cartId) })
}

/** PATCH /store/leasing/carts/:order_id — the platform's "Update a cart" (twin: `PATCH /store/carts/:id`). */
export const PATCH = updatePlatformCart
