import { AdditionalData, HttpTypes } from "@medusajs/framework/types"
import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateCartWorkflowId } from "@medusajs/medusa/core-flows"
import { leasingUpdateCartWorkflow } from "../../../../workflows/leasing-cart/leasing-update-cart"
import { OrderItemInput, RecordRef } from "../../../../workflows/leasing-cart/types"
import { repairLeasingCartIfInterrupted } from "../../../../workflows/leasing-cart/repair-if-interrupted"
import { CoreCartUpdate } from "../../../../workflows/leasing-cart/types"
import { withoutLeasingFields } from "../leasing-cart-fields"
import { withLeasingView } from "../leasing-view/cart-response"
import { updatePlatformCart } from "../platform/update-cart"

type LeasingAdditionalData = { purchaser_id?: RecordRef | null; order_items?: OrderItemInput[] }

/**
 * POST /store/carts/:id — Medusa's "Update a Cart", overridden. Without leasing data, on a cart
 * no company owns, it runs core's workflow unchanged. With `additional_data.order_items` or
 * `purchaser_id`, on a company's cart, or with a company API token, it runs the leasing workflow (core's semantics plus
 * devices; leasing lines survive region changes). The response carries the leasing data.
 */
export const POST = async (
  req: MedusaRequest<HttpTypes.StoreUpdateCart & AdditionalData, HttpTypes.SelectParams>,
  res: MedusaResponse<{ cart: HttpTypes.StoreCart }>
) => {
  const cartId = req.params.id
  const { additional_data, ...update } = req.validatedBody
  const { purchaser_id, order_items, ...otherData } = (additional_data ?? {}) as LeasingAdditionalData &
    Record<string, unknown>
  const writesLeasingData = order_items !== undefined || purchaser_id !== undefined
  // The cart guard has already looked the cart up (and repaired an interrupted update). A company
  // API token speaks for the company; a signed-in customer who is also a company user keeps their
  // personal carts: one becomes the company's only when the update carries leasing data.
  const leasingCart = writesLeasingData || !!req.leasing_cart_id || req.leasing_caller?.via === "api_token"

  if (leasingCart) {
    await leasingUpdateCartWorkflow(req.scope).run({
      input: {
        cart_id: cartId,
        caller: req.leasing_caller ?? null,
        purchaser_id,
        order_items,
        // Core's validated body, exactly what core's own route hands its update workflow.
        update: update as CoreCartUpdate,
        additional_data: otherData,
      },
    })
  } else {
    await req.scope.resolve(Modules.WORKFLOW_ENGINE).run(updateCartWorkflowId, {
      input: { ...update, id: cartId, additional_data },
    })
  }

  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    // A plain storefront cart has no leasing data to show: no need to look for it.
    fields: leasingCart ? req.queryConfig.fields : withoutLeasingFields(req, req.queryConfig.fields),
    filters: { id: cartId },
  })
  const cart = data[0] as any
  res.status(200).json({ cart: cart.leasing_cart !== undefined ? await withLeasingView(req.scope, cart) : cart })
}

/**
 * PATCH /store/carts/:id — the Medusa-path twin of `PATCH /store/leasing/carts/:order_id` (the
 * same handler; see `platform/update-cart.ts`).
 */
export const PATCH = updatePlatformCart
