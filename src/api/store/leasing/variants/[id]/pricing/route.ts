import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getLeasingDevicePricesWorkflow } from "../../../../../../workflows/leasing-catalog/get-leasing-device-prices"
import { productRef } from "../../../../../../workflows/leasing-catalog/utils/product-ref"
import { StoreGetLeasingVariantPricingType } from "./validators"

/**
 * GET /store/leasing/variants/:id/pricing: what one device costs in a country, by acquisition
 * mode (monthly rent for LEASING, one-time price for BUY). `:id` is the variant id or its
 * integer catalog alias.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetLeasingVariantPricingType>,
  res: MedusaResponse
) => {
  const { delivery_country, currency_code, acquisition_mode, keyboard_layout } = req.validatedQuery
  const device = productRef(req.params.id)
  const { result } = await getLeasingDevicePricesWorkflow(req.scope).run({
    input: {
      devices: [{ ...device, delivery_country, keyboard_layout, acquisition_mode }],
      currency_code,
      customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
    },
  })
  const priced = result[0]
  res.json({
    data: {
      product_id: priced.offer.catalog_number,
      variant_id: priced.variant_id,
      name: priced.variant_title,
      delivery_country: priced.delivery_country,
      keyboard_layout: priced.keyboard_layout,
      acquisition_mode: priced.acquisition_mode,
      amount: priced.amount,
      currency: priced.currency_code,
      lease_term_months: priced.acquisition_mode === "LEASING" ? priced.offer.lease_term_months : null,
      is_price_list_price: priced.is_price_list_price,
    },
  })
}
