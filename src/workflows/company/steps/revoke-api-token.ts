import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export type RevokeApiTokenStepInput = { company_id: string; token_id: string; revoked_by?: string | null }

export const revokeApiTokenStepId = "leasing-revoke-api-token-step"

/** Revokes a company's token; revoking it again changes nothing. */
export const revokeApiTokenStep = createStep(
  revokeApiTokenStepId,
  async (input: RevokeApiTokenStepInput, { container }) => {
    const service = companyService(container)
    const [token] = await service.listLeasingApiTokens({ id: input.token_id, company_id: input.company_id })
    if (!token) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `API token ${input.token_id} was not found in this company`)
    }
    if (token.revoked_at) {
      return new StepResponse(token, null)
    }
    const revoked = await service.updateLeasingApiTokens({
      id: token.id,
      revoked_at: new Date(),
      revoked_by: input.revoked_by ?? null,
    })
    return new StepResponse(revoked, token.id)
  },
  async (tokenId, { container }) => {
    if (!tokenId) return
    await companyService(container).updateLeasingApiTokens({ id: tokenId, revoked_at: null, revoked_by: null })
  }
)
