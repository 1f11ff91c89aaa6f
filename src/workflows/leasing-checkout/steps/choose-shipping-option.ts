import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"
import { shippingOptionsServing } from "../../leasing-shipping/shipping-options-serving"

/** The cart as choosing a shipping method sees it (from the cart loadCheckoutCartStep read). */
export type ShippingChoiceInput = {
  currency_code: string
  address_country_code: string | null
  has_shipping_method: boolean
  /** Some line requires shipping. */
  ships_devices: boolean
  delivery_countries: string[]
}

export const chooseShippingOptionStepId = "leasing-choose-shipping-option"
/**
 * A platform client never picks a shipping method, so validate picks one (reads only; the
 * workflow adds it with core's workflow): when the cart has devices to ship, a shipping address
 * and no shipping method, the merchant's default for the devices' country (plugin option
 * `defaultShippingOptions`, by id or name) if it serves every device's country, else the
 * cheapest flat-rate option that does. Null when nothing is to be chosen (then the checkout's
 * own checks answer, e.g. SHIPPING_METHOD_REQUIRED).
 */
export const chooseShippingOptionStep = createStep(
  chooseShippingOptionStepId,
  async (cart: ShippingChoiceInput, { container }) => {
    const address = cart.address_country_code
    if (!cart.ships_devices || cart.has_shipping_method || !address) {
      return new StepResponse(null)
    }
    const countries = [...new Set([address, ...cart.delivery_countries].map((c) => c.toUpperCase()))]
    const serving = await shippingOptionsServing(container, countries, cart.currency_code)
    const defaults = container.resolve<CompanyModuleService>(COMPANY_MODULE).getOptions().defaultShippingOptions
    const configured = countries.map((c) => defaults[c]).filter(Boolean)
    const chosen = serving.find((o) => configured.includes(o.id) || configured.includes(o.name)) ?? serving[0]
    return new StepResponse(chosen ? chosen.id : null)
  }
)
