import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ApiTokenScope } from "../../../modules/company/constants"
import { companyService } from "./company-service"

/** Only the hash and the redacted form travel through the workflow, never the secret. */
export type CreateApiTokenStepInput = {
  company_id: string
  label: string
  scope: ApiTokenScope
  token_hash: string
  redacted: string
  created_by?: string | null
}

export const createApiTokenStepId = "leasing-create-api-token-step"

/** Stores a company API token. */
export const createApiTokenStep = createStep(
  createApiTokenStepId,
  async (input: CreateApiTokenStepInput, { container }) => {
    const token = await companyService(container).createLeasingApiTokens(input)
    return new StepResponse(token, token.id)
  },
  async (tokenId, { container }) => {
    if (!tokenId) return
    await companyService(container).deleteLeasingApiTokens(tokenId)
  }
)
