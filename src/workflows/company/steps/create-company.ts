import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export type CreateCompanyStepInput = {
  name: string
  email?: string | null
  phone?: string | null
  country_code?: string | null
  metadata?: Record<string, unknown> | null
}

export const createCompanyStepId = "leasing-create-company-step"

/** Creates a company. */
export const createCompanyStep = createStep(
  createCompanyStepId,
  async (input: CreateCompanyStepInput, { container }) => {
    const company = await companyService(container).createLeasingCompanies({
      ...input,
      country_code: input.country_code?.toUpperCase() ?? null,
    })
    return new StepResponse(company, company.id)
  },
  async (companyId, { container }) => {
    if (!companyId) return
    await companyService(container).deleteLeasingCompanies(companyId)
  }
)
