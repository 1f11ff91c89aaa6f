import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCompanyStep } from "./steps/delete-company"

export const deleteCompanyWorkflowId = "leasing-delete-company"

/** Soft-deletes a company, its users and its addresses (admin). */
export const deleteCompanyWorkflow = createWorkflow(deleteCompanyWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deleteCompanyStep(input.id))
})
