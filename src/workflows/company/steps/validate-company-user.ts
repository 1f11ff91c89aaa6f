import { Modules, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export type ValidateCompanyUserStepInput = {
  company_id: string
  /** The user being updated, excluded from the uniqueness checks. */
  id?: string
  email?: string
  customer_id?: string | null
}

export const validateCompanyUserStepId = "leasing-validate-company-user-step"

/**
 * Refuses an email already used in the same company, and a customer that does not exist or
 * already belongs to a company user. An email conflict carries the platform code
 * USER_EMAIL_CONFLICT (409 through leasingErrorHandler and on store routes); without that
 * handler, Medusa's answers a DUPLICATE_ERROR with 422 and keeps the message.
 */
export const validateCompanyUserStep = createStep(
  validateCompanyUserStepId,
  async (input: ValidateCompanyUserStepInput, { container }) => {
    const service = companyService(container)
    if (input.email) {
      const [clash] = await service.listLeasingCompanyUsers({ company_id: input.company_id, email: input.email })
      if (clash && clash.id !== input.id) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `A user with email ${input.email} already exists in this company`,
          "USER_EMAIL_CONFLICT"
        )
      }
    }
    if (input.customer_id) {
      const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: input.customer_id })
      if (!customer) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`)
      }
      const [taken] = await service.listLeasingCompanyUsers({ customer_id: input.customer_id })
      if (taken && taken.id !== input.id) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `Customer ${input.customer_id} is already a company user`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
