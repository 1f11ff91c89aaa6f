import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LeasingError } from "../../../../../../../utils/leasing-errors"
import { loadCatalogPage } from "../../../catalog-page"
import { customerGroupIds } from "../../../customer-groups"
import { StoreGetLeasingCatalogGroupType } from "../../../validators"

/**
 * GET /store/leasing/catalog/product-groups/:id/products?delivery_country=FR: the catalog products
 * (variants) of one product group offered in the country, with their characteristics and
 * prices per acquisition mode and keyboard layout. `:id` is the product's id.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetLeasingCatalogGroupType>,
  res: MedusaResponse
) => {
  const { delivery_country, currency_code } = req.validatedQuery
  const page = await loadCatalogPage(req.scope, {
    filters: {
      delivery_country,
      product_id: req.params.id,
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    },
    page: { limit: 1, offset: 0 },
    currency_code,
    customer_group_ids: await customerGroupIds(req),
  })
  const group = page.data[0]
  if (!group) {
    throw new LeasingError("NOT_FOUND", `Product group ${req.params.id} is not in the catalog of ${delivery_country}.`)
  }
  res.json({ data: group.products, meta: { total: group.products.length, limit: group.products.length, offset: 0 } })
}
