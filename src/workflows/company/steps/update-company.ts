import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CreateCompanyStepInput } from "./create-company"
import { companyService, previousValues } from "./company-service"

export type UpdateCompanyStepInput = { id: string } & Partial<CreateCompanyStepInput>

export const updateCompanyStepId = "leasing-update-company-step"

/** Updates a company's own fields. */
export const updateCompanyStep = createStep(
  updateCompanyStepId,
  async ({ id, ...data }: UpdateCompanyStepInput, { container }) => {
    const service = companyService(container)
    const before = await service.retrieveLeasingCompany(id)
    if (data.country_code) data.country_code = data.country_code.toUpperCase()
    const company = await service.updateLeasingCompanies({ id, ...data })
    return new StepResponse(company, previousValues(id, before, data))
  },
  async (restore, { container }) => {
    if (!restore) return
    await companyService(container).updateLeasingCompanies(restore)
  }
)
