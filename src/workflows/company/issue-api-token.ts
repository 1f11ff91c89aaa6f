import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createApiTokenStep, CreateApiTokenStepInput } from "./steps/create-api-token"
import { validateCompanyStep } from "./steps/validate-company"

export const issueApiTokenWorkflowId = "leasing-issue-api-token"

/**
 * Stores a new API token for a company. The caller generates the secret (see
 * `generateApiTokenSecret`), passes only its hash and redacted form, and shows the secret once.
 */
export const issueApiTokenWorkflow = createWorkflow(issueApiTokenWorkflowId, (input: CreateApiTokenStepInput) => {
  validateCompanyStep(input.company_id)
  return new WorkflowResponse(createApiTokenStep(input))
})
