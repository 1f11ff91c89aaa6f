import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { PricedDevice } from "../types"
import { priceLeasingDevices, PriceLeasingDevicesInput } from "../utils/price-leasing-devices"

export type PriceLeasingDevicesStepInput = PriceLeasingDevicesInput

export const priceLeasingDevicesStepId = "leasing-price-leasing-devices"
/**
 * Prices every device of a cart or a pricing request (rules in ../utils/price-leasing-devices.ts);
 * fails on the first device without a price.
 */
export const priceLeasingDevicesStep = createStep(
  priceLeasingDevicesStepId,
  async (input: PriceLeasingDevicesStepInput, { container }) => {
    const results = await priceLeasingDevices(container.resolve(Modules.PRICING), input)
    const failed = results.find((r): r is LeasingError => r instanceof LeasingError)
    if (failed) throw failed
    return new StepResponse(results as PricedDevice[])
  }
)
