import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listLeasingCatalog } from "./list-leasing-catalog"
import { StoreListLeasingCatalogType } from "./validators"

/**
 * GET /store/leasing/catalog?delivery_country=FR: product groups offered in a country, with
 * each variant's monthly lease and purchase price ("from" the cheapest keyboard layout).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListLeasingCatalogType>, res: MedusaResponse) => {
  let customerGroupIds: string[] = []
  if (req.auth_context?.actor_type === "customer") {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["groups.id"],
      filters: { id: req.auth_context.actor_id },
    })
    customerGroupIds = (data[0]?.groups ?? []).flatMap((g) => (g ? [g.id] : []))
  }
  res.json(
    await listLeasingCatalog(req.scope, {
      ...req.validatedQuery,
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
      customer_group_ids: customerGroupIds,
    })
  )
}
