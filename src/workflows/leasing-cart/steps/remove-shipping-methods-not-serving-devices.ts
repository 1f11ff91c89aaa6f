import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RemoveShippingMethodsNotServingDevicesStepInput = { cart_id: string; delivery_countries: string[] }

export const removeShippingMethodsNotServingDevicesStepId = "leasing-remove-shipping-methods-not-serving-devices"
/**
 * Core re-validates shipping methods against the cart's shipping address only. A leasing cart
 * also ships devices to their own delivery countries: a method whose option's service zone
 * does not cover every one of them is removed (soft-deleted, so compensation restores it).
 */
export const removeShippingMethodsNotServingDevicesStep = createStep(
  removeShippingMethodsNotServingDevicesStepId,
  async ({ cart_id, delivery_countries }: RemoveShippingMethodsNotServingDevicesStepInput, { container }) => {
    const countries = [...new Set(delivery_countries.map((c) => c.toLowerCase()))]
    if (!countries.length) {
      return new StepResponse([] as string[], null)
    }
    const cart = container.resolve(Modules.CART)
    const methods = await cart.listShippingMethods({ cart_id }, { select: ["id", "shipping_option_id"] })
    const optionIds = [...new Set(methods.flatMap((m) => (m.shipping_option_id ? [m.shipping_option_id] : [])))]
    if (!optionIds.length) {
      return new StepResponse([] as string[], null)
    }
    const options = await container
      .resolve(Modules.FULFILLMENT)
      .listShippingOptions({ id: optionIds }, { relations: ["service_zone.geo_zones"] })
    const served = new Map(
      options.map((o) => [o.id, new Set((o.service_zone?.geo_zones ?? []).map((z) => z.country_code.toLowerCase()))])
    )
    const stale = methods
      .filter((m) => m.shipping_option_id && !countries.every((c) => served.get(m.shipping_option_id!)?.has(c)))
      .map((m) => m.id)
    if (stale.length) {
      await cart.softDeleteShippingMethods(stale)
    }
    return new StepResponse(stale, stale.length ? stale : null)
  },
  async (stale, { container }) => {
    if (!stale?.length) return
    await container.resolve(Modules.CART).restoreShippingMethods(stale)
  }
)
