import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkCompanyUserChangeStep } from "./steps/check-company-user-change"
import { removeCompanyUserStep } from "./steps/remove-company-user"

export const removeCompanyUserWorkflowId = "leasing-remove-company-user"

/**
 * Removes a user from its company (a soft delete; admin and store), unless someone depends on
 * them: the company's last ADMIN, the purchaser or signatory of an open cart, the assignee of
 * a device (409 USER_DELETE_BLOCKED).
 */
export const removeCompanyUserWorkflow = createWorkflow(removeCompanyUserWorkflowId, (input: { id: string }) => {
  checkCompanyUserChangeStep(transform({ input }, ({ input }) => ({ id: input.id, removing: true })))
  return new WorkflowResponse(removeCompanyUserStep(input.id))
})
