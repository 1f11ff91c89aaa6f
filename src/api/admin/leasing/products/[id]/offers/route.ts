import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LeasingError } from "../../../../../../utils/leasing-errors"
import { listVariantLeasingOffers } from "../../../helpers"

/** GET /admin/leasing/products/:id/offers: every variant of a product with its offer and prices. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const variants = await listVariantLeasingOffers(req.scope, { product_id: req.params.id })
  if (!variants.length) {
    throw new LeasingError("PRODUCT_NOT_FOUND", `Product ${req.params.id} has no variants or does not exist.`)
  }
  res.json({ variants })
}
