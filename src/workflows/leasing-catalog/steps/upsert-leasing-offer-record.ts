import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { UpsertLeasingOfferInput } from "../types"

export type UpsertLeasingOfferRecordStepInput = {
  offer: Omit<UpsertLeasingOfferInput, "prices">
  product_id: string
}

const OFFER_FIELDS = [
  "available_countries",
  "has_keyboard",
  "keyboard_layouts",
  "lease_term_months",
  "lease_terms_months",
  "leasable",
  "purchasable",
] as const

type OfferCompensation = { created_id: string | null; previous: Record<string, unknown> | null }

export const upsertLeasingOfferRecordStepId = "leasing-upsert-leasing-offer-record"
/**
 * Creates the variant's offer, or updates it in place (keeping its integer alias).
 */
export const upsertLeasingOfferRecordStep = createStep(
  upsertLeasingOfferRecordStepId,
  async ({ offer, product_id }: UpsertLeasingOfferRecordStepInput, { container }) => {
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    const [existing] = await service.listLeasingOffers({ variant_id: offer.variant_id })
    const data = Object.fromEntries(OFFER_FIELDS.map((f) => [f, offer[f]]))
    if (existing) {
      const updated = await service.updateLeasingOffers({ id: existing.id, product_id, ...data })
      const previous = Object.fromEntries(OFFER_FIELDS.map((f) => [f, existing[f]]))
      const compensation: OfferCompensation = {
        created_id: null,
        previous: { id: existing.id, product_id: existing.product_id, ...previous },
      }
      return new StepResponse(updated, compensation)
    }
    const created = await service.createLeasingOffers({ variant_id: offer.variant_id, product_id, ...data })
    const compensation: OfferCompensation = { created_id: created.id, previous: null }
    return new StepResponse(created, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    if (compensation.created_id) {
      await service.deleteLeasingOffers(compensation.created_id)
    } else if (compensation.previous) {
      await service.updateLeasingOffers(compensation.previous as any)
    }
  }
)
