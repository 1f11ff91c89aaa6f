import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCompanyUserStep, CreateCompanyUserStepInput } from "./steps/create-company-user"
import { validateCompanyStep } from "./steps/validate-company"
import { validateCompanyUserStep } from "./steps/validate-company-user"

export const addCompanyUserWorkflowId = "leasing-add-company-user"

/** Adds a user to a company (admin, or a company's WRITE caller for its own company). */
export const addCompanyUserWorkflow = createWorkflow(addCompanyUserWorkflowId, (input: CreateCompanyUserStepInput) => {
  const user = transform({ input }, ({ input }) => ({ ...input, email: input.email.trim().toLowerCase() }))
  validateCompanyStep(input.company_id)
  validateCompanyUserStep(user)
  return new WorkflowResponse(createCompanyUserStep(user))
})
