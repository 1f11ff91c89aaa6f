import { CartWorkflowEvents, isDefined } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  deletePaymentSessionsStep,
  emitEventStep,
  findOrCreateCustomerStep,
  findSalesChannelStep,
  prepareCartToUpdateStep,
  refreshCartItemsWorkflow,
  releaseLockStep,
  updateCartsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { DEFAULT_ACQUISITION_MODE } from "../../modules/leasing/constants"
import { priceLeasingDevicesStep } from "../leasing-catalog/steps/price-leasing-devices"
import { resolveLeasingDevicesStep } from "../leasing-catalog/steps/resolve-leasing-devices"
import { DeviceRequest } from "../leasing-catalog/types"
import { productRef } from "../leasing-catalog/utils/product-ref"
import { addCartDevicesStep } from "./steps/add-cart-devices"
import { claimCartForCompanyStep } from "./steps/claim-cart-for-company"
import { loadLeasingCartStep } from "./steps/load-leasing-cart"
import { removeCartDevicesStep } from "./steps/remove-cart-devices"
import { removeShippingMethodsNotServingDevicesStep } from "./steps/remove-shipping-methods-not-serving-devices"
import { repriceCartDevicesStep } from "./steps/reprice-cart-devices"
import { resolveCompanyReferencesStep } from "./steps/resolve-company-references"
import { listCartPaymentSessionsStep } from "./steps/unset-payment-sessions"
import { upsertLeasingCartStep } from "./steps/upsert-leasing-cart"
import { rerankCartDevicesStep } from "./steps/rerank-cart-devices"
import { validateCartSalesChannelStep } from "./steps/validate-sales-channel"
import { planDeviceChanges } from "./utils/plan-device-changes"
import { LeasingUpdateCartInput, OrderItemInput } from "./types"
import { storeCurrencyCodes } from "../../utils/store-currencies"

function toDeviceRequest(item: OrderItemInput): DeviceRequest {
  return {
    ...productRef(item.product_id),
    delivery_country: item.delivery_country,
    keyboard_layout: item.keyboard_layout ?? null,
    acquisition_mode: item.acquisition_mode ?? DEFAULT_ACQUISITION_MODE,
  }
}

export const leasingUpdateCartWorkflowId = "leasing-update-cart"
/**
 * Updates a cart for the leasing platform and for Medusa's store API alike: validates and
 * prices the devices (by acquisition mode, in the cart's currency), replaces the cart's devices
 * (one line each; only the difference is written, so kept devices keep their ids), applies Medusa's own cart update with core's semantics except that leasing
 * lines survive a region change (re-priced, or the update is refused), drops shipping methods
 * that no longer serve the address or the devices' countries, refreshes taxes, promotions and
 * the payment collection, and unsets payment sessions. Every read and check comes before the
 * first write; every write is undone if a later step fails.
 */
export const leasingUpdateCartWorkflow = createWorkflow(
  { name: leasingUpdateCartWorkflowId, idempotent: false },
  (input: LeasingUpdateCartInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })

    const loadInput = transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      caller: input.caller,
      writes_leasing_data: !!input.order_items || isDefined(input.purchaser_id),
    }))
    const loaded = loadLeasingCartStep(loadInput)
    const update = transform({ input }, ({ input }) => input.update ?? {})

    const newRegion = when("leasing-cart-region-given", { update }, ({ update }) => !!update.region_id).then(() => {
      const { data } = useQueryGraphStep({
        entity: "region",
        fields: ["id", "name", "currency_code", "countries.*"],
        filters: { id: update.region_id as string },
        options: { throwIfKeyNotFound: true, isList: false },
      }).config({ name: "get-new-region" })
      return data
    })
    const plan = transform({ input, loaded, newRegion }, ({ input, loaded, newRegion }) => {
      const region = (newRegion as any) ?? loaded.cart.region
      const regionChanged = !!newRegion && (newRegion as any).id !== loaded.cart.region?.id
      const replacing = !!input.order_items
      return {
        region,
        regionChanged,
        replacing,
        // New devices must lie in the cart's region; devices carried over a region change are re-priced.
        requests: replacing
          ? input.order_items!.map(toDeviceRequest)
          : regionChanged
            ? loaded.devices.map((d) => ({ ...d, keyboard_layout: d.keyboard_layout }))
            : [],
        requestRegion: replacing ? { id: region.id, name: region.name } : null,
      }
    })

    const resolved = resolveLeasingDevicesStep(
      transform({ plan }, ({ plan }) => ({ devices: plan.requests as DeviceRequest[], region: plan.requestRegion }))
    )
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["supported_currencies.currency_code"],
    }).config({ name: "get-store-currencies" })
    const priced = priceLeasingDevicesStep(
      transform({ resolved, plan, stores, loaded }, ({ resolved, plan, stores, loaded }) => ({
        devices: resolved,
        currency_code: plan.region.currency_code,
        store_currencies: storeCurrencyCodes(stores),
        customer_group_ids: loaded.customer_group_ids,
      }))
    )

    const references = when(
      "leasing-cart-has-company-references",
      { input },
      ({ input }) => !!input.caller && (!!input.order_items || isDefined(input.purchaser_id))
    ).then(() =>
      resolveCompanyReferencesStep(
        transform({ input, priced, loaded }, ({ input, priced, loaded }) => ({
          company_id: input.caller!.company_id,
          purchaser_id: input.purchaser_id,
          devices: input.order_items ? priced : [],
          order_items: input.order_items ?? [],
          cart_default_address_id: loaded.leasing_cart?.default_address_id ?? null,
        }))
      )
    )

    // Writes.
    when("leasing-cart-has-caller", { input }, ({ input }) => !!input.caller).then(() => {
      claimCartForCompanyStep(
        transform({ input, loaded }, ({ input, loaded }) => ({
          cart_id: input.cart_id,
          company_id: input.caller!.company_id,
          owner_company_id: loaded.owner_company_id,
        }))
      )
      upsertLeasingCartStep(
        transform({ input, loaded, references }, ({ input, loaded, references }) => ({
          cart_id: input.cart_id,
          existing: loaded.leasing_cart,
          purchaser_user_id: isDefined(input.purchaser_id) ? references?.purchaser_user_id ?? null : undefined,
          default_address_id: loaded.leasing_cart?.default_address_id ? undefined : references?.devices[0]?.shipping_address_id,
        }))
      )
    })
    // Only the difference between the cart's devices and the requested ones is written.
    const changes = transform({ plan, loaded, references }, ({ plan, loaded, references }) =>
      plan.replacing ? planDeviceChanges(loaded.devices, references?.devices ?? []) : { remove: [], add: [], rerank: [] }
    )
    const addedItems = when("leasing-cart-replaces-devices", { plan }, ({ plan }) => plan.replacing).then(() => {
      removeCartDevicesStep(transform({ changes }, ({ changes }) => ({ devices: changes.remove })))
      const added = addCartDevicesStep(
        transform({ input, changes }, ({ input, changes }) => ({ cart_id: input.cart_id, devices: changes.add }))
      )
      rerankCartDevicesStep(transform({ changes }, ({ changes }) => ({ updates: changes.rerank })))
      return added
    })
    when("leasing-cart-reprices-devices", { plan }, ({ plan }) => !plan.replacing && plan.regionChanged).then(() => {
      repriceCartDevicesStep(
        transform({ priced, loaded }, ({ priced, loaded }) => ({
          prices: loaded.devices.map((d, index) => ({
            line_item_id: d.line_item_id,
            unit_price: priced[index].amount,
            previous_unit_price: d.unit_price,
          })),
        }))
      )
    })
    // Core's cart update, step for step (sales channel, customer, region and address rules),
    // when the body has any of its fields (the platform's PATCH has none).
    when("leasing-cart-core-update", { update }, ({ update }) => Object.keys(update).length > 0).then(() => {
      const cartDataInput = transform({ update, loaded }, ({ update, loaded }) => ({
        sales_channel_id: update.sales_channel_id ?? loaded.cart.sales_channel_id,
        customer_id: loaded.cart.customer_id,
        email: update.email ?? loaded.cart.email,
      }))
      const [salesChannel, customer] = parallelize(
        findSalesChannelStep({ salesChannelId: cartDataInput.sales_channel_id }),
        findOrCreateCustomerStep({ customerId: cartDataInput.customer_id, email: cartDataInput.email })
      )
      validateCartSalesChannelStep({ salesChannel })
      const cartInput = prepareCartToUpdateStep(
        transform({ input, update, plan, customer, salesChannel, loaded }, ({ input, update, plan, customer, salesChannel, loaded }) => ({
          input: { ...update, id: input.cart_id } as any,
          region: plan.region,
          customer,
          salesChannel,
          cartToUpdate: loaded.cart,
        }))
      )
      parallelize(
        updateCartsStep([cartInput]),
        emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } })
      )
    })
    when("leasing-cart-region-changed", { plan }, ({ plan }) => plan.regionChanged).then(() => {
      emitEventStep({ eventName: CartWorkflowEvents.REGION_UPDATED, data: { id: input.cart_id } }).config({
        name: "emit-region-updated",
      })
    })

    // Nothing to refresh when the totals cannot have moved: no core field, no device added or removed.
    const changed = transform({ update, changes }, ({ update, changes }) => ({
      devices: changes.add.length + changes.remove.length > 0,
      any: Object.keys(update).length > 0 || changes.add.length + changes.remove.length > 0,
    }))
    when("leasing-cart-devices-changed", { changed }, ({ changed }) => changed.devices).then(() => {
      removeShippingMethodsNotServingDevicesStep(
        transform({ input, references }, ({ input, references }) => ({
          cart_id: input.cart_id,
          delivery_countries: (references?.devices ?? []).map((d) => d.delivery_country),
        }))
      )
    })
    when("leasing-cart-needs-refresh", { changed }, ({ changed }) => changed.any).then(() => {
      refreshCartItemsWorkflow.runAsStep({
        input: transform({ input, update, plan, loaded, addedItems }, ({ input, update, plan, loaded, addedItems }) => {
          const next = update.shipping_address as Record<string, unknown> | undefined
          const prev = loaded.cart.shipping_address ?? {}
          const addressChanged =
            !!next && ["id", "country_code", "province", "postal_code", "city"].some((k) => next[k] !== undefined && next[k] !== prev[k])
          const newLocale = isDefined(update.locale) && update.locale !== loaded.cart.locale ? update.locale : undefined
          return {
            cart_id: input.cart_id,
            promo_codes: update.promo_codes,
            // As core: a full refresh only when prices or taxes can have changed for every line;
            // new devices get their tax lines through `items`.
            force_refresh: plan.regionChanged || addressChanged || !!newLocale,
            items: addedItems ?? [],
            locale: newLocale ?? undefined,
            additional_data: input.additional_data,
          }
        }),
      })
    })

    // Last write: nothing after it can fail and undo it.
    const sessionIds = listCartPaymentSessionsStep({ cart_id: input.cart_id })
    deletePaymentSessionsStep(transform({ sessionIds }, ({ sessionIds }) => ({ ids: sessionIds })))

    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
