import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCatalogPage } from "../catalog-page"
import { customerGroupIds } from "../queries/customer-groups"
import { StoreListLeasingCatalogType } from "../validators"

/**
 * GET /store/leasing/catalog/product-groups?delivery_country=FR[&category=&brand=&search=&limit=&offset=]:
 * product groups offered in a country, filtered, sorted by title and paginated in the
 * database, each with its variants' monthly lease and purchase prices (per keyboard layout,
 * and "from" the cheapest).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreListLeasingCatalogType>,
  res: MedusaResponse
) => {
  const { delivery_country, category, brand, search, currency_code, limit, offset } = req.validatedQuery
  const page = await loadCatalogPage(req.scope, {
    filters: {
      delivery_country,
      category,
      brand,
      search,
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    },
    page: { limit, offset },
    currency_code,
    customer_group_ids: await customerGroupIds(req),
  })
  res.json({ data: page.data, meta: { total: page.total, limit, offset } })
}
