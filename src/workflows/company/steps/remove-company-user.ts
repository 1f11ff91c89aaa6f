import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export const removeCompanyUserStepId = "leasing-remove-company-user-step"

/** Soft-deletes a company user. */
export const removeCompanyUserStep = createStep(
  removeCompanyUserStepId,
  async (id: string, { container }) => {
    await companyService(container).softDeleteLeasingCompanyUsers(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await companyService(container).restoreLeasingCompanyUsers(id)
  }
)
