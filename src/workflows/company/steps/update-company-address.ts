import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyAddressFields } from "./create-company-address"
import { companyService, previousValues } from "./company-service"

export type UpdateCompanyAddressStepInput = { id: string } & Partial<CompanyAddressFields>

export const updateCompanyAddressStepId = "leasing-update-company-address-step"

/** Updates a saved address's fields (never its company, nor which address is the default). */
export const updateCompanyAddressStep = createStep(
  updateCompanyAddressStepId,
  async ({ id, ...data }: UpdateCompanyAddressStepInput, { container }) => {
    const service = companyService(container)
    const before = await service.retrieveLeasingCompanyAddress(id)
    const address = await service.updateLeasingCompanyAddresses({ id, ...data })
    return new StepResponse(address, previousValues(id, before, data))
  },
  async (restore, { container }) => {
    if (!restore) return
    await companyService(container).updateLeasingCompanyAddresses(restore)
  }
)
