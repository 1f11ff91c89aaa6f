import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { DeviceFields } from "../types"

export type CreateRegisteredDevicesStepInput = { company_id: string; devices: DeviceFields[] }

export const createRegisteredDevicesStepId = "leasing-create-registered-devices"
/**
 * Registers equipment a company already had, in one insert, each with a device id from the
 * sequence ordered devices use: AVAILABLE, or IN_SERVICE when assigned (unless given). Undone by
 * deleting them.
 */
export const createRegisteredDevicesStep = createStep(
  createRegisteredDevicesStepId,
  async ({ company_id, devices }: CreateRegisteredDevicesStepInput, { container }) => {
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const numbers = await service.reserveDeviceNumbers(devices.length)
    const created = await service.createDevices(
      devices.map((d, i) => ({
        ...d,
        number: numbers[i],
        company_id,
        source: "REGISTERED" as const,
        name: d.name!,
        type: d.type!,
        category: d.category!,
        client_status: d.client_status ?? (d.user_id ? "IN_SERVICE" : "AVAILABLE"),
        currency: d.currency ? d.currency.toUpperCase() : null,
      }))
    )
    const ids = created.map((d) => d.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).deleteDevices(ids)
  }
)
