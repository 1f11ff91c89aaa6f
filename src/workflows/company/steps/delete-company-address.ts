import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export const deleteCompanyAddressStepId = "leasing-delete-company-address-step"

/** Soft-deletes a saved address; the compensation restores it as it was (default flag included). */
export const deleteCompanyAddressStep = createStep(
  deleteCompanyAddressStepId,
  async (id: string, { container }) => {
    await companyService(container).softDeleteLeasingCompanyAddresses(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await companyService(container).restoreLeasingCompanyAddresses(id)
  }
)
