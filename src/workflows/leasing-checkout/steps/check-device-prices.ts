import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { PricedDevice } from "../../leasing-catalog/types"
import { CartDevice } from "../../leasing-cart/types"

export type CheckDevicePricesStepInput = { devices: CartDevice[]; priced: PricedDevice[] }

const cents = (n: number) => Math.round(n * 100)

export const checkDevicePricesStepId = "leasing-check-device-prices"
/**
 * Compares each device's price at checkout with the one the cart holds (the same order): a rent
 * or a purchase price that moved since the cart was priced refuses the checkout (409
 * CART_PRICES_CHANGED), since the buyer agreed to, and may have paid, the cart's. The next cart
 * update re-prices every device.
 */
export const checkDevicePricesStep = createStep(
  checkDevicePricesStepId,
  async ({ devices, priced }: CheckDevicePricesStepInput) => {
    const changed = devices.flatMap((device, index) =>
      cents(priced[index].amount) === cents(device.amount)
        ? []
        : [`device ${device.device_number}: ${device.amount} → ${priced[index].amount}`]
    )
    if (changed.length) {
      throw new LeasingError(
        "CART_PRICES_CHANGED",
        `Prices changed since the cart was priced (${changed.join(", ")}). Update the cart's devices to re-price them, then validate again.`
      )
    }
    return new StepResponse(true)
  }
)
