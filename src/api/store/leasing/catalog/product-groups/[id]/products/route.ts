import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseRecordRef } from "../../../../../../../modules/company/utils/record-ref"
import { LeasingError } from "../../../../../../../utils/leasing-errors"
import { loadCatalogPage } from "../../../catalog-page"
import { customerGroupIds } from "../../../queries/customer-groups"
import { StoreGetLeasingCatalogGroupType } from "../../../validators"

/**
 * GET /store/leasing/catalog/product-groups/:id/products?delivery_country=FR: the catalog products
 * (variants) of one product group offered in the country, with their characteristics and
 * prices per acquisition mode and keyboard layout. `:id` is the group's integer id (or, as the
 * pricing route takes a variant id, the Medusa product id); anything else names no group: 404
 * PRODUCT_NOT_FOUND, as for a group not offered in the country.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetLeasingCatalogGroupType>,
  res: MedusaResponse
) => {
  const { delivery_country, currency_code } = req.validatedQuery
  const notFound = () =>
    new LeasingError(
      "PRODUCT_NOT_FOUND",
      `Product group ${req.params.id} is not in the catalog of ${delivery_country}.`
    )
  const ref = parseRecordRef(req.params.id)
  if (!ref) throw notFound()
  const page = await loadCatalogPage(req.scope, {
    filters: {
      delivery_country,
      group: ref,
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    },
    page: { limit: 1, offset: 0 },
    currency_code,
    customer_group_ids: await customerGroupIds(req),
  })
  const group = page.data[0]
  if (!group) throw notFound()
  res.json({ data: group.products, meta: { total: group.products.length, limit: group.products.length, offset: 0 } })
}
