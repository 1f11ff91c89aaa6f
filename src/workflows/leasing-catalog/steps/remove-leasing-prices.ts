import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICE_RULE_ACQUISITION_MODE } from "../../../modules/leasing/constants"

export type RemoveLeasingPricesStepInput = { price_set_id: string }

export const removeLeasingPricesStepId = "leasing-remove-leasing-prices"
/**
 * Soft-deletes the leasing prices (those with an `acquisition_mode` rule, outside price lists)
 * of a price set, so that compensation restores them with their ids and rules.
 */
export const removeLeasingPricesStep = createStep(
  removeLeasingPricesStepId,
  async ({ price_set_id }: RemoveLeasingPricesStepInput, { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    const current = await pricing.listPrices(
      { price_set_id: [price_set_id] },
      { select: ["id"], relations: ["price_rules", "price_list"] }
    )
    const ids = current
      .filter((p) => !p.price_list && p.price_rules?.some((r) => r.attribute === PRICE_RULE_ACQUISITION_MODE))
      .map((p) => p.id)
    if (ids.length) {
      await pricing.softDeletePrices(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.PRICING).restorePrices(ids)
  }
)
