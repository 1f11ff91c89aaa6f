import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCompanyStep, UpdateCompanyStepInput } from "./steps/update-company"

export const updateCompanyWorkflowId = "leasing-update-company"

/** Updates a company's own fields (admin). */
export const updateCompanyWorkflow = createWorkflow(updateCompanyWorkflowId, (input: UpdateCompanyStepInput) => {
  return new WorkflowResponse(updateCompanyStep(input))
})
