import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AdminListLeasingOffersType } from "./validators"

/** GET /admin/leasing/offers: offers filtered by product, delivery country and acquisition mode. */
export const GET = async (req: MedusaRequest<unknown, AdminListLeasingOffersType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { product_id, delivery_country, acquisition_mode } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (product_id) filters.product_id = product_id
  if (delivery_country) filters.available_countries = { $contains: [delivery_country] }
  if (acquisition_mode === "LEASING") filters.leasable = true
  if (acquisition_mode === "BUY") filters.purchasable = true

  const { data: offers, metadata } = await query.graph({
    entity: "leasing_offer",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ offers, count: metadata?.count ?? 0, limit: metadata?.take, offset: metadata?.skip })
}
