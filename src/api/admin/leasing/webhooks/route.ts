import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEndpoints } from "../../../utils/webhook-views"
import { AdminListWebhookEndpointsType } from "./validators"

/** GET /admin/leasing/webhooks?company_id=: companies' webhook endpoints (never their secrets). */
export const GET = async (req: MedusaRequest<unknown, AdminListWebhookEndpointsType>, res: MedusaResponse) => {
  const { limit, offset, company_id } = req.validatedQuery
  const { endpoints, count } = await listEndpoints(req.scope, company_id ? { company_id } : {}, { limit, offset })
  res.json({ webhook_endpoints: endpoints, count, limit, offset })
}
