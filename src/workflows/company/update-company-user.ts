import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCompanyUserStep, UpdateCompanyUserStepInput } from "./steps/update-company-user"
import { validateCompanyUserStep } from "./steps/validate-company-user"
import { checkCompanyUserChangeStep } from "./steps/check-company-user-change"

export const updateCompanyUserWorkflowId = "leasing-update-company-user"

/** Updates a company user (admin and store). The route has already checked it belongs to `company_id`. */
export const updateCompanyUserWorkflow = createWorkflow(
  updateCompanyUserWorkflowId,
  (input: UpdateCompanyUserStepInput & { company_id: string }) => {
    const update = transform({ input }, ({ input: { company_id, ...data } }) => ({
      ...data,
      ...(data.email ? { email: data.email.trim().toLowerCase() } : {}),
    }))
    const check = transform({ input, update }, ({ input, update }) => ({ ...update, company_id: input.company_id }))
    validateCompanyUserStep(check)
    // The company keeps an ADMIN (USER_ROLE_UPDATE_FORBIDDEN).
    checkCompanyUserChangeStep(transform({ input }, ({ input }) => ({ id: input.id, role: input.role })))
    return new WorkflowResponse(updateCompanyUserStep(update))
  }
)
