import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leasingCaller } from "../../../../../utils/leasing-caller"
import { platformList } from "../../../../../utils/platform-response"
import { PlatformListQueryType } from "../../../../../utils/platform-validation"
import { findEndpoint, listDeliveries } from "../../../../../utils/webhook-views"

/** GET /store/leasing/webhooks/:id/deliveries: the endpoint's delivery log, newest first. */
export const GET = async (req: MedusaRequest<unknown, PlatformListQueryType>, res: MedusaResponse) => {
  const endpoint = await findEndpoint(req.scope, req.params.id, leasingCaller(req).company_id)
  const { limit, offset } = req.validatedQuery
  const { deliveries, count } = await listDeliveries(req.scope, endpoint.id, { limit, offset })
  res.json(platformList(deliveries, { total: count, limit, offset }))
}
