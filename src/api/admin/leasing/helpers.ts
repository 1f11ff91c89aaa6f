import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  PRICE_RULE_ACQUISITION_MODE,
  PRICE_RULE_DELIVERY_COUNTRY,
  PRICE_RULE_KEYBOARD_LAYOUT,
} from "../../../modules/leasing/constants"
import { LeasingError } from "../../../utils/leasing-errors"
import { defaultAdminOfferFields } from "./offers/query-config"

/** A variant's offer and its leasing prices, as the admin routes and widget show them. */
export async function getVariantLeasingOffer(scope: MedusaContainer, variantId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product_id", "price_set.id"],
    filters: { id: variantId },
  })
  const variant = variants[0]
  if (!variant) {
    throw new LeasingError("PRODUCT_NOT_FOUND", `Product variant ${variantId} does not exist.`)
  }
  const { data: offers } = await query.graph({
    entity: "leasing_offer",
    fields: defaultAdminOfferFields,
    filters: { variant_id: variantId },
  })
  const priceSetId = variant.price_set?.id
  const prices = priceSetId
    ? await scope
        .resolve(Modules.PRICING)
        .listPrices({ price_set_id: [priceSetId] }, { relations: ["price_rules", "price_list"] })
    : []
  const leasingPrices = prices
    .filter((p) => !p.price_list && p.price_rules?.some((r) => r.attribute === PRICE_RULE_ACQUISITION_MODE))
    .map((p) => {
      const rule = (attribute: string) => p.price_rules?.find((r) => r.attribute === attribute)?.value ?? null
      return {
        id: p.id,
        acquisition_mode: rule(PRICE_RULE_ACQUISITION_MODE),
        currency_code: p.currency_code,
        amount: Number(p.amount),
        keyboard_layout: rule(PRICE_RULE_KEYBOARD_LAYOUT),
        delivery_country: rule(PRICE_RULE_DELIVERY_COUNTRY),
      }
    })
    .sort((a, b) =>
      `${a.acquisition_mode}${a.currency_code}${a.keyboard_layout ?? ""}`.localeCompare(
        `${b.acquisition_mode}${b.currency_code}${b.keyboard_layout ?? ""}`
      )
    )
  const { price_set: _priceSet, ...variantFields } = variant
  return { variant: variantFields, offer: offers[0] ?? null, prices: leasingPrices }
}
