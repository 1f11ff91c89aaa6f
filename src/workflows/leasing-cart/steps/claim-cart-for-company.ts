import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { linkCartToCompany, unlinkCartFromCompany } from "../../../utils/cart-company"

export type ClaimCartForCompanyStepInput = { cart_id: string; company_id: string; owner_company_id: string | null }

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
    await linkCartToCompany(container, cart_id, company_id)
    return new StepResponse(true, { cart_id, company_id })
  },
  async (claimed, { container }) => {
    if (!claimed) return
    await unlinkCartFromCompany(container, claimed.cart_id, claimed.company_id)
  }
)
