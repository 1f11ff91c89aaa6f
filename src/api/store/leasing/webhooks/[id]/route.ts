import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateWebhookEndpointWorkflow } from "../../../../../workflows/lease-webhooks"
import { leasingCaller } from "../../../../utils/leasing-caller"
import { findEndpoint } from "../../../../utils/webhook-views"

/** DELETE /store/leasing/webhooks/:id: the endpoint receives nothing more. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const endpoint = await findEndpoint(req.scope, req.params.id, company_id)
  await updateWebhookEndpointWorkflow(req.scope).run({ input: { id: endpoint.id, company_id, deleted: true } })
  res.json({ data: { id: endpoint.id, deleted: true } })
}
