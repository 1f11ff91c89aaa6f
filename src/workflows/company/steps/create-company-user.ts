import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyUserRole } from "../../../modules/company/constants"
import { companyService } from "./company-service"

export type CreateCompanyUserStepInput = {
  company_id: string
  first_name?: string | null
  last_name?: string | null
  email: string
  role?: CompanyUserRole
  customer_id?: string | null
}

export const createCompanyUserStepId = "leasing-create-company-user-step"

/** Adds a user to a company. */
export const createCompanyUserStep = createStep(
  createCompanyUserStepId,
  async (input: CreateCompanyUserStepInput, { container }) => {
    const user = await companyService(container).createLeasingCompanyUsers(input)
    return new StepResponse(user, user.id)
  },
  async (userId, { container }) => {
    if (!userId) return
    await companyService(container).deleteLeasingCompanyUsers(userId)
  }
)
