import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RepriceCartDevicesStepInput = { prices: { line_item_id: string; unit_price: number; previous_unit_price: number }[] }

export const repriceCartDevicesStepId = "reprice-cart-devices"
/**
 * Sets the devices' prices in the cart's new currency after a region change (core would
 * delete custom-priced lines instead).
 */
export const repriceCartDevicesStep = createStep(
  repriceCartDevicesStepId,
  async ({ prices }: RepriceCartDevicesStepInput, { container }) => {
    if (!prices.length) {
      return new StepResponse(0, null)
    }
    await container.resolve(Modules.CART).updateLineItems(
      prices.map((p) => ({ selector: { id: p.line_item_id }, data: { unit_price: p.unit_price, is_custom_price: true } }))
    )
    return new StepResponse(prices.length, prices)
  },
  async (prices, { container }) => {
    if (!prices?.length) return
    await container.resolve(Modules.CART).updateLineItems(
      prices.map((p) => ({ selector: { id: p.line_item_id }, data: { unit_price: p.previous_unit_price } }))
    )
  }
)
