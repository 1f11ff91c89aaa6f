import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeasingApiTokenListResponse } from "../../../../../../types/company"
import { generateApiTokenSecret } from "../../../../../../modules/company/utils/api-token-secret"
import { issueApiTokenWorkflow } from "../../../../../../workflows/company"
import { actorId, listCompanyRecords, apiTokenView } from "../../helpers"
import { AdminCreateApiTokenType } from "../../validators"

/** GET /admin/leasing/companies/:id/api-tokens: the tokens, with their redacted form only. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<AdminLeasingApiTokenListResponse>) => {
  const { data: api_tokens, ...page } = await listCompanyRecords(req, "leasing_api_token")
  res.json({ api_tokens, ...page })
}

/**
 * POST /admin/leasing/companies/:id/api-tokens: issues a token. This response is the only
 * place its secret ever appears; the database keeps a hash.
 */
export const POST = async (req: MedusaRequest<AdminCreateApiTokenType>, res: MedusaResponse) => {
  const { secret, token_hash, redacted } = generateApiTokenSecret()
  const { result } = await issueApiTokenWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id, token_hash, redacted, created_by: actorId(req) },
  })
  res.json({ api_token: apiTokenView(result), secret })
}
