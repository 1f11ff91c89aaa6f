import { PromotionActions } from "@medusajs/framework/utils"
import { when, WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  refreshCartShippingMethodsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  updateCartPromotionsWorkflow,
  upsertTaxLinesWorkflow,
} from "@medusajs/medusa/core-flows"
import { loadCartRefreshNeedsStep } from "./steps/load-cart-refresh-needs"

export type RefreshCartAfterDevicesInput = {
  cart_id: string
  /** The device lines just added, as core's add-to-cart hands them to the refresh. */
  items: unknown[]
  /** False: nothing runs (no device changed, or a core field did and core's whole refresh runs). */
  refresh: boolean
}

/**
 * Core's `refreshCartItemsWorkflow` (core-flows 2.21.2, `cart/workflows/refresh-cart-items.js`,
 * called without `force_refresh`), narrowed to what a device change can move when no core field
 * and no region changed (those keep core's whole refresh):
 * - tax lines of the new lines only: kept lines keep their price, so their tax lines stand;
 * - shipping methods re-validated and re-priced only when the cart has some;
 * - promotions recomputed only when the cart has codes or the store has automatic promotions;
 * - the payment collection re-amounted only when the cart has one.
 * Each part is core's own workflow, in core's order, reading the cart fields it needs itself:
 * the refresh's one heavy read of the whole cart (every line with product, variant, tax lines and
 * totals), copied into each part, was most of a device update's cost (issue #22, docs/benchmark.md).
 *
 * A composition helper, called inside a workflow's composer (see replaceCartDevices). Returns
 * what it read of the cart (`refresh: false` and nothing else when it did not run).
 */
export function refreshCartAfterDevices(input: WorkflowData<RefreshCartAfterDevicesInput>) {
  // Every part has its own condition (a composer's "when" cannot hold another).
  const needs = loadCartRefreshNeedsStep({ cart_id: input.cart_id, refresh: input.refresh })
  when("leasing-refresh-shipping-methods", { needs }, ({ needs }) => needs.has_shipping_methods).then(() => {
    refreshCartShippingMethodsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  })
  when(
    "leasing-refresh-new-tax-lines",
    { input, needs },
    ({ input, needs }) => needs.refresh && input.items.length > 0
  ).then(() => {
    upsertTaxLinesWorkflow.runAsStep({
      input: { cart_id: input.cart_id, items: input.items as any, shipping_methods: [] },
    })
  })
  when(
    "leasing-refresh-promotions",
    { needs },
    ({ needs }) => needs.promo_codes.length > 0 || needs.automatic_promotions
  ).then(() => {
    updateCartPromotionsWorkflow.runAsStep({
      input: {
        cart_id: input.cart_id,
        promo_codes: needs.promo_codes,
        action: PromotionActions.REPLACE,
        force_refresh_payment_collection: false,
      },
    })
  })
  when("leasing-refresh-payment-collection", { needs }, ({ needs }) => needs.has_payment_collection).then(() => {
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  })
  return needs
}
