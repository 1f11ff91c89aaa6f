import { CartWorkflowEvents, isDefined } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  deletePaymentSessionsStep,
  emitEventStep,
  refreshCartItemsWorkflow,
  releaseLockStep,
  updateLineItemsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { applyCoreCartUpdateWorkflow } from "./apply-core-cart-update"
import { prepareCartDevices } from "./prepare-cart-devices"
import { refreshCartAfterDevices } from "./refresh-cart-after-devices"
import { replaceCartDevices } from "./replace-cart-devices"
import { beginLeasingCartUpdateStep } from "./steps/begin-leasing-cart-update"
import { finishLeasingCartUpdateStep } from "./steps/finish-leasing-cart-update"
import { listCartPaymentSessionsStep } from "./steps/list-cart-payment-sessions"
import { findRegionOfDevicesStep } from "./steps/find-region-of-devices"
import { loadLeasingCartStep } from "./steps/load-leasing-cart"
import { removeShippingMethodsNotServingDevicesStep } from "./steps/remove-shipping-methods-not-serving-devices"
import { LeasingUpdateCartInput } from "./types"
import { describeUpdate } from "./utils/describe-update"
import { withCartAcquisitionMode } from "./utils/with-cart-acquisition-mode"
import { planDeviceChanges } from "./utils/plan-device-changes"

export const leasingUpdateCartWorkflowId = "leasing-update-cart"
/**
 * Updates a cart for the leasing platform's `PATCH` and Medusa's `POST /store/carts/:id` alike.
 * Reads and checks first (devices priced in the region's currency, company records resolved);
 * then the pending marker; then the devices (only the difference), core's own update for core
 * fields, shipping methods that no longer serve the devices, core's refresh (taxes, promotions,
 * payment collection), payment sessions unset; last, the marker cleared. Each write is undone
 * when a later step fails, and an update interrupted by a crash is finished or undone by
 * `leasingRepairCartWorkflow` (see docs/cart-update.md, "Crash safety").
 *
 * @example
 * leasingUpdateCartWorkflow.hooks.validate(({ input, cart }) => {
 *   if ((input.order_items?.length ?? 0) > 20) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "At most 20 devices")
 * })
 */
export const leasingUpdateCartWorkflow = createWorkflow(
  { name: leasingUpdateCartWorkflowId, idempotent: false },
  (input: LeasingUpdateCartInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const loaded = loadLeasingCartStep(
      transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        caller: input.caller,
        writes_leasing_data: !!input.order_items || !!input.acquisition_mode || isDefined(input.purchaser_id),
      }))
    )
    // The devices asked for, with a cart-level acquisition mode applied to each.
    const orderItems = transform({ input, loaded }, ({ input, loaded }) =>
      withCartAcquisitionMode(input.order_items, input.acquisition_mode, loaded.devices)
    )
    const newRegion = when("leasing-cart-region-given", { input }, ({ input }) => !!input.update?.region_id).then(
      () => {
        const { data } = useQueryGraphStep({
          entity: "region",
          fields: ["id", "name", "currency_code", "countries.*"],
          filters: { id: input.update!.region_id as string },
          options: { throwIfKeyNotFound: true, isList: false },
        }).config({ name: "leasing-get-new-region" })
        return data
      }
    )
    // A cart's first devices may move it to their region (platform clients never name one).
    const devicesRegion = when(
      "leasing-cart-gets-first-devices",
      { input, loaded, orderItems },
      ({ input, loaded, orderItems }) => !!orderItems && !loaded.devices.length && !input.update?.region_id
    ).then(() =>
      findRegionOfDevicesStep(
        transform({ loaded, orderItems }, ({ loaded, orderItems }) => ({
          delivery_countries: orderItems!.map((i) => i.delivery_country),
          current_region_id: loaded.cart.region?.id ?? null,
        }))
      )
    )
    const validate = createHook("validate", { input, cart: loaded.cart })

    const what = transform({ input, loaded, newRegion, devicesRegion }, describeUpdate)
    const prepared = prepareCartDevices(
      transform({ input, loaded, what, orderItems }, ({ input, loaded, what, orderItems }) => ({
        company_id: what.company_id,
        cart_id: input.cart_id,
        order_items: orderItems,
        purchaser_id: input.purchaser_id,
        current_devices: loaded.devices,
        region: what.region,
        region_changed: what.region_changed,
        cart_default_address_id: loaded.leasing_cart?.default_address_id ?? null,
        customer_group_ids: loaded.customer_group_ids,
        sales_channel_id: input.update?.sales_channel_id ?? loaded.cart.sales_channel_id ?? null,
      }))
    )
    const changes = transform({ orderItems, loaded, prepared }, ({ orderItems, loaded, prepared }) =>
      orderItems ? planDeviceChanges(loaded.devices, prepared.devices) : null
    )

    // Writes. First the marker: from here on an interruption is repaired.
    const begun = beginLeasingCartUpdateStep(
      transform({ input, loaded, prepared, changes, what }, ({ input, loaded, prepared, changes, what }) => ({
        cart_id: input.cart_id,
        company_id: what.company_id,
        existing: loaded.leasing_cart,
        purchaser_user_id: prepared.purchaser_user_id,
        default_address_id: loaded.leasing_cart?.default_address_id
          ? undefined
          : prepared.devices[0]?.shipping_address_id,
        current_item_ids: loaded.devices.map((d) => d.line_item_id),
        other_item_ids: loaded.other_item_ids,
        changes,
      }))
    )
    const addedItems = when("leasing-cart-replaces-devices", { changes }, ({ changes }) => !!changes).then(() =>
      replaceCartDevices(
        transform({ input, begun }, ({ input, begun }) => ({
          cart_id: input.cart_id,
          lines: begun.new_lines,
          remove_item_ids: begun.remove_item_ids,
        }))
      )
    )
    when("leasing-cart-reprices-devices", { prepared }, ({ prepared }) => prepared.reprices.length > 0).then(() => {
      updateLineItemsStep(
        transform({ input, prepared }, ({ input, prepared }) => ({
          id: input.cart_id,
          items: prepared.reprices.map(({ line_item_id, ...data }) => ({ selector: { id: line_item_id }, data })),
        }))
      )
    })
    when("leasing-cart-core-update", { what }, ({ what }) => what.core_fields).then(() => {
      applyCoreCartUpdateWorkflow.runAsStep({
        input: transform({ input, loaded, what }, ({ input, loaded, what }) => ({
          cart_id: input.cart_id,
          update: what.core_update,
          region: what.region,
          cart: loaded.cart,
        })),
      })
    })
    when("leasing-cart-region-changed", { what }, ({ what }) => what.region_changed).then(() => {
      emitEventStep({ eventName: CartWorkflowEvents.REGION_UPDATED, data: { id: input.cart_id } }).config({
        name: "leasing-emit-region-updated",
      })
    })
    when(
      "leasing-cart-devices-changed",
      { begun },
      ({ begun }) => begun.new_lines.length + begun.remove_item_ids.length > 0
    ).then(() => {
      removeShippingMethodsNotServingDevicesStep(
        transform({ input, prepared }, ({ input, prepared }) => ({
          cart_id: input.cart_id,
          delivery_countries: prepared.devices.map((d) => d.delivery_country),
        }))
      )
    })
    // Core fields (region, address, customer, promotions...) can move every line: core's whole refresh.
    when("leasing-cart-needs-refresh", { what }, ({ what }) => what.core_fields).then(() => {
      refreshCartItemsWorkflow.runAsStep({
        input: transform({ input, what, addedItems }, ({ input, what, addedItems }) => ({
          cart_id: input.cart_id,
          promo_codes: input.update?.promo_codes,
          // As core: a full refresh only when prices or taxes can have changed for every line;
          // new devices get their tax lines through `items`.
          force_refresh: what.force_refresh,
          items: addedItems ?? [],
          locale: what.new_locale,
          additional_data: input.additional_data,
        })),
      })
    })
    // Devices alone: only what a device change can move (nothing when no device was added or removed).
    const refreshed = refreshCartAfterDevices(
      transform({ input, what, begun, addedItems }, ({ input, what, begun, addedItems }) => ({
        cart_id: input.cart_id,
        items: addedItems ?? [],
        refresh: !what.core_fields && begun.new_lines.length + begun.remove_item_ids.length > 0,
      }))
    )
    // Payment sessions priced the old cart: unset them, last, where nothing after can fail.
    const sessionIds = listCartPaymentSessionsStep(
      transform({ input, refreshed }, ({ input, refreshed }) => ({
        cart_id: input.cart_id,
        // The refresh after devices read whether the cart has a payment collection.
        has_payment_collection: refreshed.refresh ? refreshed.has_payment_collection : undefined,
      }))
    )
    deletePaymentSessionsStep(transform({ sessionIds }, ({ sessionIds }) => ({ ids: sessionIds })))
    finishLeasingCartUpdateStep(
      transform({ begun, loaded }, ({ begun, loaded }) => ({
        leasing_cart_id: begun.leasing_cart_id,
        device_order: begun.target_item_ids,
        previous_device_order: loaded.leasing_cart?.device_order ?? null,
      }))
    )
    const cartUpdated = createHook("cartUpdated", { cart_id: input.cart_id, additional_data: input.additional_data })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ cart_id: input.cart_id }, { hooks: [validate, cartUpdated] })
  }
)
