import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export const validateCompanyStepId = "leasing-validate-company-step"

/** Fails with 404 when the company does not exist (or was deleted). Writes nothing. */
export const validateCompanyStep = createStep(validateCompanyStepId, async (companyId: string, { container }) => {
  const company = await companyService(container).retrieveLeasingCompany(companyId)
  return new StepResponse(company)
})
