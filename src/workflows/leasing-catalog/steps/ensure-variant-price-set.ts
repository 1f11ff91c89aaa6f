import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureVariantPriceSetStepInput = { variant_id: string; price_set_id?: string | null }

export const ensureVariantPriceSetStepId = "leasing-ensure-variant-price-set"
/**
 * Leasing prices live on the variant's price set; a variant created without prices has none yet.
 */
export const ensureVariantPriceSetStep = createStep(
  ensureVariantPriceSetStepId,
  async ({ variant_id, price_set_id }: EnsureVariantPriceSetStepInput, { container }) => {
    if (price_set_id) {
      return new StepResponse(price_set_id, null)
    }
    const pricing = container.resolve(Modules.PRICING)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const priceSet = await pricing.createPriceSets({ prices: [] })
    await link.create({
      [Modules.PRODUCT]: { variant_id },
      [Modules.PRICING]: { price_set_id: priceSet.id },
    })
    return new StepResponse(priceSet.id, { variant_id, price_set_id: priceSet.id })
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [Modules.PRODUCT]: { variant_id: created.variant_id },
      [Modules.PRICING]: { price_set_id: created.price_set_id },
    })
    await container.resolve(Modules.PRICING).deletePriceSets([created.price_set_id])
  }
)
