import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCompanyAddressStep } from "./steps/delete-company-address"
import { promoteDefaultCompanyAddressStep } from "./steps/promote-default-company-address"
import { validateCompanyAddressStep } from "./steps/validate-company-address"

export const deleteCompanyAddressWorkflowId = "leasing-delete-company-address"

export type DeleteCompanyAddressWorkflowInput = { company_id: string; address_id: string }

/**
 * Deletes one of a company's saved addresses (admin). Deleting the default makes the oldest
 * remaining address the default, so a company with addresses always has one. A failure after
 * the delete restores the address and its default flag.
 *
 * @example
 * await deleteCompanyAddressWorkflow(container).run({ input: { company_id: "lcomp_…", address_id: "lcadr_…" } })
 */
export const deleteCompanyAddressWorkflow = createWorkflow(
  deleteCompanyAddressWorkflowId,
  (input: DeleteCompanyAddressWorkflowInput) => {
    validateCompanyAddressStep({ company_id: input.company_id, address_id: input.address_id })
    const deletedId = deleteCompanyAddressStep(input.address_id)
    const promoted = promoteDefaultCompanyAddressStep({ company_id: input.company_id })
    return new WorkflowResponse({ id: deletedId, promoted_default: promoted })
  }
)
