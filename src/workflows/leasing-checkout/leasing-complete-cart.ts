import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { priceDeviceRequests } from "../leasing-catalog/price-device-requests"
import { deviceRequestOf } from "../leasing-cart/utils/device-request-of"
import { recordLeasingOrder } from "./record-leasing-order"
import { beginLeasingCheckoutStep } from "./steps/begin-leasing-checkout"
import { checkCheckoutReadinessStep } from "./steps/check-checkout-readiness"
import { checkUpgradesStep } from "../lease-upgrade/steps/check-upgrades"
import { checkDevicePricesStep } from "./steps/check-device-prices"
import { chooseShippingOptionStep } from "./steps/choose-shipping-option"
import { loadCheckoutCartStep } from "./steps/load-checkout-cart"
import { releaseVoidedPaymentSessionsStep } from "./steps/release-voided-payment-sessions"
import { LeasingCompleteCartInput } from "./types"

export const leasingCompleteCartWorkflowId = "leasing-complete-cart"
/**
 * Turns a leasing cart into a Medusa order with one lease contract per leased device, for the
 * platform's `POST /store/carts/:id/validate` and Medusa's `POST /store/carts/:id/complete` alike.
 * Reads and checks first (the cart, its purchaser and signatory, every device's offer, country
 * and price); a shipping method chosen when the cart has none; the shipping and payment checks; then the purchaser and signatory on the leasing cart; then
 * core's `completeCartWorkflow` (order, payment authorisation of the one-time part, inventory,
 * promotions); then the contracts and the order id on the leasing cart. A failure at any write
 * undoes every write before it: no order, no contract, the cart as it was.
 *
 * @example
 * leasingCompleteCartWorkflow.hooks.contractsCreated(async ({ order_id, contract_ids }, { container }) => {
 *   // send the contracts for e-signature
 * })
 */
export const leasingCompleteCartWorkflow = createWorkflow(
  { name: leasingCompleteCartWorkflowId, idempotent: false },
  (input: LeasingCompleteCartInput) => {
    // The cart's lock, the one its updates take: core's completion skips its own lock when it
    // runs inside another workflow, so this one keeps updates out until the contracts exist.
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 120 })
    const cart = loadCheckoutCartStep(input)

    // Every device re-checked as a new one would be: offer, country, layout, term, and price.
    const priced = priceDeviceRequests(
      transform({ cart }, ({ cart }) => ({
        devices: cart.devices.map(deviceRequestOf),
        region: { id: cart.region.id, name: cart.region.name },
        currency_code: cart.region.currency_code,
        customer_group_ids: cart.customer_group_ids,
        // A device whose product left the cart's sales channel since it was added is not sold any more.
        sales_channel_ids: cart.sales_channel_id ? [cart.sales_channel_id] : [],
      }))
    )
    checkDevicePricesStep(transform({ cart, priced }, ({ cart, priced }) => ({ devices: cart.devices, priced })))
    // A platform client never picks a shipping method: choose one when the cart has none (core's
    // workflow adds it, with its compensation, so a refusal below leaves the cart without it).
    const optionId = chooseShippingOptionStep(
      transform({ cart }, ({ cart }) => ({
        currency_code: cart.currency_code,
        address_country_code: cart.readiness.shipping_address?.country_code ?? null,
        has_shipping_method: cart.readiness.shipping_methods.length > 0,
        ships_devices: cart.readiness.items.some((i) => i.requires_shipping),
        delivery_countries: cart.devices.map((d) => d.delivery_country),
      }))
    )
    when("leasing-checkout-chooses-shipping", { optionId }, ({ optionId }) => !!optionId).then(() => {
      addShippingMethodToCartWorkflow.runAsStep({
        input: transform({ input, optionId }, ({ input, optionId }) => ({
          cart_id: input.cart_id,
          options: [{ id: optionId! }],
        })),
      })
    })
    checkCheckoutReadinessStep(
      transform({ input, cart, optionId }, ({ input, cart, optionId }) => ({
        cart_id: input.cart_id,
        loaded: cart.readiness,
        changed_since: !!optionId,
      }))
    )
    // Upgrades: the contracts the devices replace are still running and eligible (checked again under their locks).
    checkUpgradesStep(
      transform({ cart }, ({ cart }) => ({
        company_id: cart.company_id,
        cart_id: cart.cart_id,
        refs: cart.devices.map((d) => d.replaces_contract_id ?? null),
        ignore_other_carts: true,
      }))
    ).config({ name: "leasing-checkout-check-upgrades" })
    const validate = createHook("validate", { input, cart })

    // Writes.
    beginLeasingCheckoutStep(
      transform({ cart }, ({ cart }) => ({
        leasing_cart_id: cart.leasing_cart.id,
        purchaser_user_id: cart.purchaser_user_id,
        signatory_user_id: cart.signatory_user_id,
        previous: {
          purchaser_user_id: cart.leasing_cart.purchaser_user_id,
          signatory_user_id: cart.leasing_cart.signatory_user_id,
        },
      }))
    )
    releaseVoidedPaymentSessionsStep({ cart_id: input.cart_id })
    const order = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
    const contractIds = recordLeasingOrder(
      transform({ cart, order }, ({ cart, order }) => ({
        leasing_cart_id: cart.leasing_cart.id,
        order_id: order.id,
        cart_id: cart.cart_id,
        company_id: cart.company_id,
        signatory_user_id: cart.signatory_user_id,
        order_is_new: true,
      }))
    )
    const contractsCreated = createHook("contractsCreated", {
      order_id: order.id,
      contract_ids: contractIds,
      additional_data: input.additional_data,
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(
      transform({ cart, order, contractIds }, ({ cart, order, contractIds }) => ({
        order_id: order.id,
        order_number: cart.leasing_cart.order_number,
        contract_ids: contractIds,
      })),
      { hooks: [validate, contractsCreated] }
    )
  }
)
