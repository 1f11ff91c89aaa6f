import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeApiTokenStep, RevokeApiTokenStepInput } from "./steps/revoke-api-token"

export const revokeApiTokenWorkflowId = "leasing-revoke-api-token"

/** Revokes a company's API token: it answers 401 from then on (admin). */
export const revokeApiTokenWorkflow = createWorkflow(revokeApiTokenWorkflowId, (input: RevokeApiTokenStepInput) => {
  return new WorkflowResponse(revokeApiTokenStep(input))
})
