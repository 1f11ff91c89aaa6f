import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateWebhookEndpointWorkflow } from "../../../../../../workflows/lease-webhooks"
import { endpointView, findEndpoint } from "../../../../../utils/webhook-views"

/** POST /admin/leasing/webhooks/:id/enable: turn back on an endpoint disabled after repeated failures. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const endpoint = await findEndpoint(req.scope, req.params.id)
  await updateWebhookEndpointWorkflow(req.scope).run({ input: { id: endpoint.id, enabled: true } })
  res.json({ webhook_endpoint: endpointView(await findEndpoint(req.scope, endpoint.id)) })
}
