import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCompanyAddressStep, CreateCompanyAddressStepInput } from "./steps/create-company-address"
import { validateCompanyStep } from "./steps/validate-company"

export const addCompanyAddressWorkflowId = "leasing-add-company-address"

/** Saves an address for a company; its first address becomes the default. */
export const addCompanyAddressWorkflow = createWorkflow(
  addCompanyAddressWorkflowId,
  (input: CreateCompanyAddressStepInput) => {
    const address = transform({ input }, ({ input }) => ({ ...input, country_code: input.country_code.toUpperCase() }))
    validateCompanyStep(input.company_id)
    return new WorkflowResponse(createCompanyAddressStep(address))
  }
)
