import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getLeasingDevicePricesWorkflow } from "../../../../../../../workflows/leasing-catalog/get-leasing-device-prices"
import { offeredLeaseTerms } from "../../../../../../../modules/leasing/utils/lease-terms"
import { productRef } from "../../../../../../../workflows/leasing-catalog/utils/product-ref"
import { shippingOptionsServing } from "../../../../../../../workflows/leasing-shipping/shipping-options-serving"
import { StoreGetLeasingVariantPricingType } from "../../../pricing-validators"

/**
 * GET /store/leasing/catalog/products/:id/pricing: what one device costs in a country, by
 * acquisition mode (monthly rent for LEASING, one-time price for BUY), and what shipping it to
 * that country costs (`min_shipping`/`max_shipping`: the cheapest and dearest flat-rate store
 * option serving the country, in the currency; null when none does). `:id` is the variant id or
 * its integer catalog alias. A lease is priced for `lease_term_months` (default: the offer's).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetLeasingVariantPricingType>,
  res: MedusaResponse
) => {
  const { delivery_country, currency, acquisition_mode, keyboard_layout, lease_term_months } = req.validatedQuery
  const currency_code = currency ?? req.validatedQuery.currency_code
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
  const shipping = await shippingOptionsServing(req.scope, [priced.delivery_country], priced.currency_code)
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
      min_shipping: shipping.length ? shipping[0].amount : null,
      max_shipping: shipping.length ? shipping[shipping.length - 1].amount : null,
    },
  })
}
