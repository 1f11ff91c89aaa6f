import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export type CompanyAddressFields = {
  label?: string | null
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1: string
  address_2?: string | null
  city: string
  postal_code?: string | null
  province?: string | null
  country_code: string
  phone?: string | null
}

export type CreateCompanyAddressStepInput = CompanyAddressFields & { company_id: string; is_default?: boolean }

export const createCompanyAddressStepId = "leasing-create-company-address-step"

/**
 * Saves an address; the first one of a company, or one asked to be, becomes the default
 * (the previous default is unset in the same transaction).
 */
export const createCompanyAddressStep = createStep(
  createCompanyAddressStepId,
  async (input: CreateCompanyAddressStepInput, { container }) => {
    const { address, previous_default_id } = await companyService(container).addCompanyAddress(input)
    return new StepResponse(address, { address_id: address.id, company_id: input.company_id, previous_default_id })
  },
  async (created, { container }) => {
    if (!created) return
    const service = companyService(container)
    // Delete first: the previous default can only come back once this one is gone.
    await service.deleteLeasingCompanyAddresses(created.address_id)
    if (created.previous_default_id) {
      await service.setDefaultCompanyAddress(created.company_id, created.previous_default_id)
    }
  }
)
