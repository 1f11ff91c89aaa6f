import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { DeviceFields } from "../types"

export type UpdateDeviceStepInput = { id: string; changes: DeviceFields }

export const updateDeviceStepId = "leasing-update-device"
/** Writes a device's changes; undone by writing its previous values back. */
export const updateDeviceStep = createStep(
  updateDeviceStepId,
  async ({ id, changes }: UpdateDeviceStepInput, { container }) => {
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const before = await service.retrieveDevice(id)
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, (before as Record<string, unknown>)[k]]))
    const updated = await service.updateDevices({ id, ...changes })
    return new StepResponse(updated, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).updateDevices(previous)
  }
)
