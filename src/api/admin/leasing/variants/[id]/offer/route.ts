import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASE_TERMS_MONTHS, LeaseTermMonths } from "../../../../../../modules/leasing/constants"
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
  const defaultTerm = body.lease_term_months as LeaseTermMonths
  const terms = body.lease_terms_months ?? [defaultTerm]
  await upsertLeasingOfferWorkflow(req.scope).run({
    input: {
      variant_id: req.params.id,
      available_countries: [...new Set(body.available_countries)],
      has_keyboard: body.has_keyboard,
      keyboard_layouts: [...new Set(body.keyboard_layouts)],
      lease_term_months: defaultTerm,
      lease_terms_months: LEASE_TERMS_MONTHS.filter((t) => terms.includes(t)),
      leasable: body.leasable,
      purchasable: body.purchasable,
      prices: body.prices.map(({ lease_term_months, ...price }) => ({
        ...price,
        lease_term_months: lease_term_months == null ? null : (lease_term_months as LeaseTermMonths),
      })),
    },
  })
  res.json(await getVariantLeasingOffer(req.scope, req.params.id))
}
