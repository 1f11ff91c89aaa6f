import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCompanyStep, CreateCompanyStepInput } from "./steps/create-company"

export const createCompanyWorkflowId = "leasing-create-company"

/** Creates a company (admin). */
export const createCompanyWorkflow = createWorkflow(createCompanyWorkflowId, (input: CreateCompanyStepInput) => {
  return new WorkflowResponse(createCompanyStep(input))
})
