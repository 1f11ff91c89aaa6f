import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyService } from "./company-service"

export type PromoteDefaultCompanyAddressStepInput = { company_id: string }

export const promoteDefaultCompanyAddressStepId = "leasing-promote-default-company-address-step"

/**
 * Keeps "a company with addresses has exactly one default": when the company has addresses
 * but no default (its default was just deleted), its oldest remaining address becomes it.
 * Carts that named no address fall back to the default, so leaving none would break them.
 */
export const promoteDefaultCompanyAddressStep = createStep(
  promoteDefaultCompanyAddressStepId,
  async (input: PromoteDefaultCompanyAddressStepInput, { container }) => {
    const service = companyService(container)
    if (await service.findDefaultCompanyAddress(input.company_id)) {
      return new StepResponse(null, null)
    }
    const [oldest] = await service.listLeasingCompanyAddresses(
      { company_id: input.company_id },
      { take: 1, order: { created_at: "ASC" } }
    )
    if (!oldest) {
      return new StepResponse(null, null)
    }
    const promoted = await service.updateLeasingCompanyAddresses({ id: oldest.id, is_default: true })
    return new StepResponse(promoted, oldest.id)
  },
  async (promotedId, { container }) => {
    // Runs before the deleted default is restored: the database allows one default at a time.
    if (!promotedId) return
    await companyService(container).updateLeasingCompanyAddresses({ id: promotedId, is_default: false })
  }
)
