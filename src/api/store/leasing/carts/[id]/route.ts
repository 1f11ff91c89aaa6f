import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getCartCompanyId } from "../../../../../utils/cart-company"
import { leasingCaller } from "../../../../utils/leasing-caller"
import { sendPlatformError, sendPlatformErrorCode } from "../../../../utils/platform-response"

/**
 * GET /store/leasing/carts/:id: which company owns a cart, for that company only. Another
 * company's cart, or a cart no company owns, is not found.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  try {
    const { company_id } = leasingCaller(req)
    const owner = await getCartCompanyId(req.scope, req.params.id)
    if (owner !== company_id) {
      return sendPlatformErrorCode(res, "CART_NOT_FOUND", "Your company has no cart with this id.")
    }
    res.json({ data: { id: req.params.id, company_id } })
  } catch (err) {
    sendPlatformError(res, err)
  }
}
