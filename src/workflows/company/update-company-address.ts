import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyAddressFields } from "./steps/create-company-address"
import { updateCompanyAddressStep } from "./steps/update-company-address"
import { validateCompanyAddressStep } from "./steps/validate-company-address"

export const updateCompanyAddressWorkflowId = "leasing-update-company-address"

export type UpdateCompanyAddressWorkflowInput = {
  company_id: string
  address_id: string
} & Partial<CompanyAddressFields>

/**
 * Updates one of a company's saved addresses (admin). An address of another company is a 404
 * and nothing is written. The default flag is not changed here: see `setDefaultCompanyAddressWorkflow`.
 *
 * @example
 * await updateCompanyAddressWorkflow(container).run({
 *   input: { company_id: "lcomp_…", address_id: "lcadr_…", city: "Lyon", postal_code: "69002" },
 * })
 */
export const updateCompanyAddressWorkflow = createWorkflow(
  updateCompanyAddressWorkflowId,
  (input: UpdateCompanyAddressWorkflowInput) => {
    validateCompanyAddressStep({ company_id: input.company_id, address_id: input.address_id })
    const changes = transform({ input }, ({ input: { company_id: _company, address_id, ...fields } }) => ({
      id: address_id,
      ...fields,
      ...(fields.country_code ? { country_code: fields.country_code.toUpperCase() } : {}),
    }))
    const address = updateCompanyAddressStep(changes)
    return new WorkflowResponse(address)
  }
)
