import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeaseContractStatus } from "../../../modules/leasing/constants"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { deviceChangeForContract } from "../../../modules/leasing/utils/contract-device-state"

/** A contract's new state, and the buyback price when it was bought out. */
export type FollowContractDevicesStepInput = {
  contract_id: string
  status: LeaseContractStatus
  buyback_price?: number | null
}

export const followContractDevicesStepId = "leasing-follow-contract-devices"
/**
 * Moves the devices of a lease contract to what its new state makes them (`deviceChangeForContract`):
 * owned IN_SERVICE when bought out, ARCHIVED when returned. Undone by writing the previous values back.
 */
export const followContractDevicesStep = createStep(
  followContractDevicesStepId,
  async (input: FollowContractDevicesStepInput, { container }) => {
    const change = deviceChangeForContract(input.status, { buyback_price: input.buyback_price })
    if (!change) return new StepResponse([], [])
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const fields = Object.keys(change) as (keyof typeof change)[]
    const devices = await service.listDevices({ lease_contract_id: input.contract_id }, { select: ["id", ...fields] })
    if (devices.length) await service.updateDevices(devices.map((d) => ({ id: d.id, ...change })))
    return new StepResponse(
      devices.map((d) => d.id),
      devices.map((d) => ({ id: d.id, ...Object.fromEntries(fields.map((f) => [f, d[f] ?? null])) }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).updateDevices(previous as never)
  }
)
