import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CreateCompanyUserStepInput } from "./create-company-user"
import { companyService, previousValues } from "./company-service"

export type UpdateCompanyUserStepInput = { id: string } & Partial<Omit<CreateCompanyUserStepInput, "company_id">>

export const updateCompanyUserStepId = "leasing-update-company-user-step"

/** Updates a company user (never moves it to another company). */
export const updateCompanyUserStep = createStep(
  updateCompanyUserStepId,
  async ({ id, ...data }: UpdateCompanyUserStepInput, { container }) => {
    const service = companyService(container)
    const before = await service.retrieveLeasingCompanyUser(id)
    const user = await service.updateLeasingCompanyUsers({ id, ...data })
    return new StepResponse(user, previousValues(id, before, data))
  },
  async (restore, { container }) => {
    if (!restore) return
    await companyService(container).updateLeasingCompanyUsers(restore)
  }
)
