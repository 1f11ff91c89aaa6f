import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createWebhookEndpointWorkflow } from "../../../../workflows/lease-webhooks"
import { leasingCaller } from "../../../utils/leasing-caller"
import { platformList } from "../../../utils/platform-response"
import { PlatformListQueryType } from "../../../utils/platform-validation"
import { findEndpoint, endpointView, listEndpoints } from "../../../utils/webhook-views"
import { StoreCreateWebhookEndpointType } from "./validators"

/** GET /store/leasing/webhooks: the company's webhook endpoints (never their secrets). */
export const GET = async (req: MedusaRequest<unknown, PlatformListQueryType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const { endpoints, count } = await listEndpoints(
    req.scope,
    { company_id: leasingCaller(req).company_id },
    { limit, offset }
  )
  res.json(platformList(endpoints, { total: count, limit, offset }))
}

/** POST /store/leasing/webhooks `{url, events, description?}`: a new endpoint; its signing secret is in this answer only. */
export const POST = async (req: MedusaRequest<StoreCreateWebhookEndpointType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { result } = await createWebhookEndpointWorkflow(req.scope).run({ input: { company_id, ...req.validatedBody } })
  res
    .status(201)
    .json({ data: { ...endpointView(await findEndpoint(req.scope, result.id, company_id)), secret: result.secret } })
}
