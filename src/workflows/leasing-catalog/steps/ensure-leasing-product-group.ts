import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export type EnsureLeasingProductGroupStepInput = { product_id: string }

export const ensureLeasingProductGroupStepId = "leasing-ensure-product-group"
/**
 * Gives the offer's product its product group (the platform's integer `product_group_id`) when it
 * has none yet: the product's first offer creates it; later offers, and updates, keep its number.
 * Compensation removes only a group this step created.
 */
export const ensureLeasingProductGroupStep = createStep(
  ensureLeasingProductGroupStepId,
  async ({ product_id }: EnsureLeasingProductGroupStepInput, { container }) => {
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    const [existing] = await service.listLeasingProductGroups({ product_id }, { take: 1 })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const created = await service.createLeasingProductGroups({ product_id })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).deleteLeasingProductGroups(createdId)
  }
)
