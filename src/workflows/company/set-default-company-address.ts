import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setDefaultCompanyAddressStep, SetDefaultCompanyAddressStepInput } from "./steps/set-default-company-address"

export const setDefaultCompanyAddressWorkflowId = "leasing-set-default-company-address"

/** Makes one of a company's saved addresses its default (admin). */
export const setDefaultCompanyAddressWorkflow = createWorkflow(
  setDefaultCompanyAddressWorkflowId,
  (input: SetDefaultCompanyAddressStepInput) => {
    return new WorkflowResponse(setDefaultCompanyAddressStep(input))
  }
)
