import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeApiTokenWorkflow } from "../../../../../../../../workflows/company"
import { actorId, apiTokenView } from "../../../../helpers"

/** POST /admin/leasing/companies/:id/api-tokens/:token_id/revoke: the token answers 401 from now on. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result } = await revokeApiTokenWorkflow(req.scope).run({
    input: { company_id: req.params.id, token_id: req.params.token_id, revoked_by: actorId(req) },
  })
  res.json({ api_token: apiTokenView(result) })
}
