import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export const softDeleteDeviceStepId = "leasing-soft-delete-device"
/** Soft-deletes a device (the row stays); undone by restoring it. */
export const softDeleteDeviceStep = createStep(
  softDeleteDeviceStepId,
  async (id: string, { container }) => {
    await container.resolve<LeasingModuleService>(LEASING_MODULE).softDeleteDevices(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).restoreDevices(id)
  }
)
