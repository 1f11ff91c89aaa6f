import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DeviceRequest, ResolvedDevice } from "../types"
import { checkDevice, loadDeviceCatalog } from "../utils/resolve-leasing-devices"

export type { LoadedOffer } from "../utils/resolve-leasing-devices"

export type ResolveLeasingDevicesStepInput = {
  devices: DeviceRequest[]
  /** A cart's region: every device's country must lie in it. */
  region?: { id: string; name: string } | null
  /** The sales channels the devices must be sold in (the publishable key's, or the cart's); empty: any. */
  sales_channel_ids?: string[]
}

export const resolveLeasingDevicesStepId = "leasing-resolve-leasing-devices"
/**
 * Finds every requested device's offer, variant and serving region, and checks each device
 * against its offer (rules in ../utils/resolve-leasing-devices.ts); fails on the first device
 * that does not pass.
 */
export const resolveLeasingDevicesStep = createStep(
  resolveLeasingDevicesStepId,
  async ({ devices, region, sales_channel_ids }: ResolveLeasingDevicesStepInput, { container }) => {
    if (!devices.length) {
      return new StepResponse([] as ResolvedDevice[])
    }
    const catalog = await loadDeviceCatalog(container.resolve(ContainerRegistrationKeys.QUERY), devices)
    return new StepResponse(
      devices.map((d) =>
        checkDevice(d, catalog.offerOf(d), catalog.regionOfCountry, region ?? undefined, sales_channel_ids ?? [])
      )
    )
  }
)
