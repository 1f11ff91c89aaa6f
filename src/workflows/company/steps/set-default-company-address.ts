import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export type SetDefaultCompanyAddressStepInput = { company_id: string; address_id: string }

export const setDefaultCompanyAddressStepId = "leasing-set-default-company-address-step"

/** Makes an address of the company its default, unsetting the previous one. */
export const setDefaultCompanyAddressStep = createStep(
  setDefaultCompanyAddressStepId,
  async (input: SetDefaultCompanyAddressStepInput, { container }) => {
    const service = companyService(container)
    const previousId = await service.setDefaultCompanyAddress(input.company_id, input.address_id)
    const address = await service.retrieveLeasingCompanyAddress(input.address_id)
    return new StepResponse(address, { company_id: input.company_id, previous_id: previousId })
  },
  async (previous, { container }) => {
    if (!previous?.previous_id) return
    await companyService(container).setDefaultCompanyAddress(previous.company_id, previous.previous_id)
  }
)
