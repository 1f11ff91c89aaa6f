import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ensureLeasingProductGroupStep } from "./steps/ensure-leasing-product-group"
import { ensureVariantPriceSetStep } from "./steps/ensure-variant-price-set"
import { addLeasingPricesStep } from "./steps/add-leasing-prices"
import { removeLeasingPricesStep } from "./steps/remove-leasing-prices"
import { upsertLeasingOfferRecordStep } from "./steps/upsert-leasing-offer-record"
import { validateLeasingOfferStep } from "./steps/validate-leasing-offer"
import { UpsertLeasingOfferInput } from "./types"
import { storeCurrencyCodes } from "../../utils/store-currencies"

export const upsertLeasingOfferWorkflowId = "leasing-upsert-leasing-offer"
/**
 * Creates or updates a variant's leasing offer (and its product's product group, the first time)
 * and replaces its leasing prices (price rules on the variant's price set). Any failure undoes the
 * offer, the group, the price set and the prices.
 */
export const upsertLeasingOfferWorkflow = createWorkflow(
  upsertLeasingOfferWorkflowId,
  (input: UpsertLeasingOfferInput) => {
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "product_id", "price_set.id"],
      filters: { id: input.variant_id },
    }).config({ name: "leasing-get-variant" })
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["supported_currencies.currency_code"],
    }).config({ name: "leasing-get-store-currencies" })

    const validation = transform({ input, variants, stores }, ({ input, variants, stores }) => ({
      offer: input,
      variant: variants[0] ?? null,
      store_currencies: storeCurrencyCodes(stores),
    }))
    validateLeasingOfferStep(validation)

    const offer = upsertLeasingOfferRecordStep(
      transform({ input, validation }, ({ input, validation }) => {
        const { prices: _prices, ...offer } = input
        return { offer, product_id: validation.variant!.product_id as string }
      })
    )
    // The product's integer id on the platform (`product_group_id`), from its first offer on.
    ensureLeasingProductGroupStep(
      transform({ validation }, ({ validation }) => ({ product_id: validation.variant!.product_id as string }))
    )
    const priceSetId = ensureVariantPriceSetStep(
      transform({ validation }, ({ validation }) => ({
        variant_id: validation.variant!.id,
        price_set_id: (validation.variant as any).price_set?.id ?? null,
      }))
    )
    // Two steps, each undone on its own: a step that throws midway is not compensated.
    removeLeasingPricesStep({ price_set_id: priceSetId })
    addLeasingPricesStep(
      transform({ priceSetId, input }, ({ priceSetId, input }) => ({ price_set_id: priceSetId, prices: input.prices }))
    )

    return new WorkflowResponse(offer)
  }
)
