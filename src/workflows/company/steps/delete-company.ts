import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export const deleteCompanyStepId = "leasing-delete-company-step"

/**
 * Soft-deletes a company with its users and saved addresses. Its API tokens stay, so
 * they are still recognised and answer 404 COMPANY_NOT_FOUND instead of working.
 */
export const deleteCompanyStep = createStep(
  deleteCompanyStepId,
  async (id: string, { container }) => {
    const service = companyService(container)
    await service.retrieveLeasingCompany(id)
    const addresses = await service.listLeasingCompanyAddresses({ company_id: id }, { select: ["id"] })
    await service.softDeleteLeasingCompanies(id)
    await service.softDeleteLeasingCompanyAddresses(addresses.map((a) => a.id))
    return new StepResponse(id, { id, address_ids: addresses.map((a) => a.id) })
  },
  async (deleted, { container }) => {
    if (!deleted) return
    const service = companyService(container)
    await service.restoreLeasingCompanies(deleted.id)
    await service.restoreLeasingCompanyAddresses(deleted.address_ids)
  }
)
