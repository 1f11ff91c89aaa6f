import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

/** The rental fields of a contract's devices that follow its dates and rent; omitted fields stay. */
export type FollowContractTermsStepInput = {
  contract_id: string
  rental_start_date?: Date | string | null
  rental_end_date?: Date | string | null
  rent?: number | null
}

const FIELDS = ["rental_start_date", "rental_end_date", "rent"] as const
const asDate = (v: unknown) => (typeof v === "string" ? new Date(v) : v)

export const followContractTermsStepId = "leasing-follow-contract-terms"
/**
 * Keeps a leased device's rental dates and rent equal to its contract's: `rental_start_date` the
 * delivery, `rental_end_date` the contract's current end date (for a month-to-month contract, the
 * end of the month already scheduled: it moves each time a month is added), `rent` the monthly rent.
 * Undone by writing the previous values back.
 */
export const followContractTermsStep = createStep(
  followContractTermsStepId,
  async (input: FollowContractTermsStepInput, { container }) => {
    const fields = FIELDS.filter((f) => input[f] !== undefined)
    if (!fields.length) return new StepResponse([], [])
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const devices = await service.listDevices({ lease_contract_id: input.contract_id }, { select: ["id", ...fields] })
    const change = Object.fromEntries(fields.map((f) => [f, asDate(input[f])]))
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
