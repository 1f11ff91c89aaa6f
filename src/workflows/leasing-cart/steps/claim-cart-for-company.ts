import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"

export type ClaimCartForCompanyStepInput = { cart_id: string; company_id: string; owner_company_id: string | null }

const linkOf = (cartId: string, companyId: string) => ({
  [COMPANY_MODULE]: { leasing_company_id: companyId },
  [Modules.CART]: { cart_id: cartId },
})

export const claimCartForCompanyStepId = "claim-cart-for-company"
/**
 * A cart no company owns yet becomes the caller's company's cart (company-cart link).
 */
export const claimCartForCompanyStep = createStep(
  claimCartForCompanyStepId,
  async ({ cart_id, company_id, owner_company_id }: ClaimCartForCompanyStepInput, { container }) => {
    if (owner_company_id) {
      return new StepResponse(false, null)
    }
    await container.resolve(ContainerRegistrationKeys.LINK).create(linkOf(cart_id, company_id))
    return new StepResponse(true, { cart_id, company_id })
  },
  async (claimed, { container }) => {
    if (!claimed) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(linkOf(claimed.cart_id, claimed.company_id))
  }
)
