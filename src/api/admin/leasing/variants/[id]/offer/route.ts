import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertLeasingOfferWorkflow } from "../../../../../../workflows/leasing-catalog/upsert-leasing-offer"
import { getVariantLeasingOffer } from "../../../helpers"
import { AdminUpsertLeasingOfferType } from "./validators"

/** GET /admin/leasing/variants/:id/offer: the variant's offer (or null) and its leasing prices. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await getVariantLeasingOffer(req.scope, req.params.id))
}

/** POST /admin/leasing/variants/:id/offer: creates or replaces the offer and its leasing prices. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpsertLeasingOfferType>, res: MedusaResponse) => {
  const body = req.validatedBody
  await upsertLeasingOfferWorkflow(req.scope).run({
    input: {
      variant_id: req.params.id,
      available_countries: [...new Set(body.available_countries)],
      has_keyboard: body.has_keyboard,
      keyboard_layouts: [...new Set(body.keyboard_layouts)],
      lease_term_months: body.lease_term_months as 18 | 24 | 36,
      leasable: body.leasable,
      purchasable: body.purchasable,
      prices: body.prices,
    },
  })
  res.json(await getVariantLeasingOffer(req.scope, req.params.id))
}
