import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getLeasingDevicePricesWorkflow } from "../../../../../../workflows/leasing-catalog/get-leasing-device-prices"
import { offeredLeaseTerms } from "../../../../../../modules/leasing/utils/lease-terms"
import { productRef } from "../../../../../../workflows/leasing-catalog/utils/product-ref"
import { StoreGetLeasingVariantPricingType } from "./validators"

/**
 * GET /store/leasing/variants/:id/pricing: what one device costs in a country, by acquisition
 * mode (monthly rent for LEASING, one-time price for BUY). `:id` is the variant id or its
 * integer catalog alias. A lease is priced for `lease_term_months` (default: the offer's).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetLeasingVariantPricingType>,
  res: MedusaResponse
) => {
  const { delivery_country, currency_code, acquisition_mode, keyboard_layout, lease_term_months } = req.validatedQuery
  const device = productRef(req.params.id)
  const { result } = await getLeasingDevicePricesWorkflow(req.scope).run({
    input: {
      devices: [{ ...device, delivery_country, keyboard_layout, acquisition_mode, lease_term_months }],
      currency_code,
      customer_id: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
      // As the catalog routes: a variant outside the publishable key's sales channels is not found.
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
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
      // The term this rent is for (the one asked for, or the offer's default); null for BUY.
      lease_term_months: priced.lease_term_months,
      lease_terms_months: offeredLeaseTerms(priced.offer),
      is_price_list_price: priced.is_price_list_price,
    },
  })
}
