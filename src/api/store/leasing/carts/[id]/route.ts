import { LeasingError } from "../../../../../utils/leasing-errors"
import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getCartCompanyId } from "../../../../../utils/cart-company"
import { leasingCaller } from "../../../../utils/leasing-caller"

/**
 * GET /store/leasing/carts/:id: which company owns a cart, for that company only. Another
 * company's cart, or a cart no company owns, is not found.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const owner = await getCartCompanyId(req.scope, req.params.id)
  if (owner !== company_id) {
    throw new LeasingError("CART_NOT_FOUND", "Your company has no cart with this id.")
  }
  res.json({ data: { id: req.params.id, company_id } })
}
