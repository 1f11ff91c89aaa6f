import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindRegionOfDevicesStepInput = { delivery_countries: string[]; current_region_id: string | null }

export const findRegionOfDevicesStepId = "leasing-find-region-of-devices"
/**
 * The region a cart's first devices call for: a platform client never names a Medusa region, so
 * when every device's delivery country lies in one region other than the cart's, the cart moves
 * there (with core's region-change rules). Null when they already fit, or span several regions
 * (then the device check answers DELIVERY_COUNTRY_NOT_IN_REGION as before).
 */
export const findRegionOfDevicesStep = createStep(
  findRegionOfDevicesStepId,
  async ({ delivery_countries, current_region_id }: FindRegionOfDevicesStepInput, { container }) => {
    const countries = [...new Set(delivery_countries.map((c) => c.toLowerCase()))]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "country",
      fields: ["iso_2", "region_id"],
      filters: { iso_2: countries },
    })
    const regionIds = [...new Set((data as { region_id: string | null }[]).map((c) => c.region_id))]
    if (
      data.length !== countries.length ||
      regionIds.length !== 1 ||
      !regionIds[0] ||
      regionIds[0] === current_region_id
    ) {
      return new StepResponse(null)
    }
    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id", "name", "currency_code", "countries.*"],
      filters: { id: regionIds[0] },
    })
    return new StepResponse(regions[0] ?? null)
  }
)
