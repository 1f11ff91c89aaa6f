import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeCompanyUserStep } from "./steps/remove-company-user"

export const removeCompanyUserWorkflowId = "leasing-remove-company-user"

/** Removes a user from its company (admin). */
export const removeCompanyUserWorkflow = createWorkflow(removeCompanyUserWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(removeCompanyUserStep(input.id))
})
