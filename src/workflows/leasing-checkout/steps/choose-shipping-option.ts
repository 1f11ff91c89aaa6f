import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"
import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"
import { shippingOptionsServing } from "../../leasing-shipping/shipping-options-serving"

type ChoiceCart = {
  currency_code: string
  shipping_address?: { country_code?: string | null } | null
  shipping_methods?: unknown[] | null
  items?: ({ requires_shipping?: boolean; metadata?: Record<string, unknown> | null } | null)[] | null
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
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: [
        "id",
        "currency_code",
        "shipping_address.country_code",
        "shipping_methods.id",
        "items.requires_shipping",
        "items.metadata",
      ],
      filters: { id: cart_id },
    })
    const cart = data[0] as unknown as ChoiceCart
    const items = (cart.items ?? []).filter((i) => !!i)
    const address = cart.shipping_address?.country_code
    if (!items.some((i) => i!.requires_shipping) || (cart.shipping_methods ?? []).length || !address) {
      return new StepResponse(null)
    }
    const countries = [
      ...new Set(
        [address, ...items.flatMap((i) => leasingDataOf(i!)?.delivery_country ?? [])].map((c) => c.toUpperCase())
      ),
    ]
    const serving = await shippingOptionsServing(container, countries, cart.currency_code)
    const defaults = container.resolve<CompanyModuleService>(COMPANY_MODULE).getOptions().defaultShippingOptions
    const configured = countries.map((c) => defaults[c]).filter(Boolean)
    const chosen = serving.find((o) => configured.includes(o.id) || configured.includes(o.name)) ?? serving[0]
    return new StepResponse(chosen ? chosen.id : null)
  }
)
