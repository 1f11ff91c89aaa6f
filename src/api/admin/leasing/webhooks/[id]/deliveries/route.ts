import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findEndpoint, listDeliveries } from "../../../../../utils/webhook-views"
import { AdminListWebhookDeliveriesType } from "../../validators"

/** GET /admin/leasing/webhooks/:id/deliveries: an endpoint's delivery log, newest first. */
export const GET = async (req: MedusaRequest<unknown, AdminListWebhookDeliveriesType>, res: MedusaResponse) => {
  const endpoint = await findEndpoint(req.scope, req.params.id)
  const { limit, offset } = req.validatedQuery
  const { deliveries, count } = await listDeliveries(req.scope, endpoint.id, { limit, offset })
  res.json({ deliveries, count, limit, offset })
}
