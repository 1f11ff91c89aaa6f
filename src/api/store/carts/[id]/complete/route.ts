import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POST as coreCompleteCart } from "@medusajs/medusa/api/store/carts/[id]/complete/route"
import { LEASING_MODULE } from "../../../../../modules/leasing"
import LeasingModuleService from "../../../../../modules/leasing/service"
import { CART_NOT_FOUND_MESSAGE, LeasingError } from "../../../../../utils/leasing-errors"
import { leasingCompleteCartWorkflow } from "../../../../../workflows/leasing-checkout/leasing-complete-cart"
import { checkoutConflict } from "../../checkout/checkout-conflict"
import { finishCheckoutIfInterrupted } from "../../checkout/finish-if-interrupted"
import { refuseInterruptedCart } from "../../checkout/refuse-interrupted-cart"

// Core's order fields, when its query middleware has not set them.
const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "email",
  "total",
  "subtotal",
  "tax_total",
  "shipping_total",
  "items.*",
  "created_at",
]

/**
 * POST /store/carts/:id/complete — Medusa's "Complete a Cart", overridden. A cart no company
 * owns goes to core's own handler unchanged (`@medusajs/medusa` 2.21.2,
 * `dist/api/store/carts/[id]/complete/route.js`), as `POST /store/carts/:id` hands plain carts to
 * core's update. A company's cart (one with a leasing record) runs the leasing checkout instead
 * of core's bare completion: the same workflow as the platform's validate, with the cart's
 * purchaser or the signed-in company user, answered in core's shape `{ type: "order", order }`.
 * An interrupted update is repaired and the checkout refused (409 CART_UPDATE_PENDING).
 * Who may call it: the company cart guard (`../../guard/company-cart-guard.ts`) has already
 * answered 404 to anyone but the cart's company and 403 to a READ credential; its contract and
 * caller rule are its entry in `../../middlewares.ts`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const cartId = req.params.id
  const [record] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listLeasingCarts(
      { cart_id: cartId },
      { select: ["id", "pending_update", "purchaser_user_id", "signatory_user_id", "order_id"], take: 1 }
    )
  if (!record) {
    return coreCompleteCart(req as Parameters<typeof coreCompleteCart>[0], res)
  }
  try {
    const order = await completeCompanyCart(req, cartId, record)
    res.status(200).json({ type: "order", order })
  } catch (err) {
    // A checkout already running on this cart: Fleet's validate code, in core's shape here.
    throw checkoutConflict(err)
  }
}

/** The leasing checkout of a company's cart; resolves to the order in core's fields. */
async function completeCompanyCart(
  req: MedusaRequest,
  cartId: string,
  record: Awaited<ReturnType<LeasingModuleService["listLeasingCarts"]>>[number]
) {
  await refuseInterruptedCart(req.scope, cartId, record)
  const caller = req.leasing_caller
  if (!caller) {
    throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
  }
  const purchaser = record.purchaser_user_id ?? caller.company_user_id
  const orderId =
    (await finishCheckoutIfInterrupted(req.scope, cartId, record)) ??
    (
      await leasingCompleteCartWorkflow(req.scope).run({
        input: {
          cart_id: cartId,
          caller: { company_id: caller.company_id, scope: caller.scope },
          ...(purchaser ? { purchaser_id: purchaser } : {}),
        },
      })
    ).result.order_id
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: req.queryConfig?.fields?.length ? req.queryConfig.fields : ORDER_FIELDS,
    filters: { id: orderId },
  })
  return data[0]
}
