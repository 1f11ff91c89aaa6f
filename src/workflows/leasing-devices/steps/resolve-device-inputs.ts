import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"
import { parseRecordRef } from "../../../modules/company/utils/record-ref"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { LeasingError } from "../../../utils/leasing-errors"
import { DeviceFields, DeviceInput } from "../types"

export type ResolveDeviceInputsStepInput = {
  company_id: string
  devices: DeviceInput[]
  /** The device being changed (a PATCH), left out of the serial number check. */
  device_id?: string
}

// Letters, digits and - / . _ as manufacturers print them; 3 to 64 characters.
const SERIAL_NUMBER = /^[A-Za-z0-9][A-Za-z0-9\-/._]{2,63}$/

export const resolveDeviceInputsStepId = "leasing-resolve-device-inputs"
/**
 * Checks devices a company sends (reads only): every assignee is a user of the company (400
 * INVALID_USER), every serial number well-formed and not already on another of the company's
 * devices or twice in the request (400 INVALID_SERIAL_NUMBER). Answers the devices with the
 * assignees' ids.
 */
export const resolveDeviceInputsStep = createStep(
  resolveDeviceInputsStepId,
  async (input: ResolveDeviceInputsStepInput, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const leasing = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const userIds = new Map<string, string>()
    for (const ref of new Set(input.devices.flatMap((d) => (d.user_id != null ? [String(d.user_id)] : [])))) {
      const parsed = parseRecordRef(ref)
      const [user] = parsed
        ? await companies.listLeasingCompanyUsers(
            { company_id: input.company_id, ...parsed },
            { select: ["id"], take: 1 }
          )
        : []
      if (!user) throw new LeasingError("INVALID_USER", `User ${ref} is not one of your company's users.`)
      userIds.set(ref, user.id)
    }
    const serials = input.devices.flatMap((d) => (d.serial_number ? [d.serial_number] : []))
    for (const serial of serials) {
      if (!SERIAL_NUMBER.test(serial)) {
        throw new LeasingError(
          "INVALID_SERIAL_NUMBER",
          `Serial number "${serial}" is not valid: 3 to 64 letters, digits, -, /, . or _.`
        )
      }
    }
    if (new Set(serials).size !== serials.length) {
      throw new LeasingError("INVALID_SERIAL_NUMBER", "The same serial number is given to two devices.")
    }
    if (serials.length) {
      const taken = await leasing.listDevices(
        { company_id: input.company_id, serial_number: serials },
        { select: ["id", "serial_number"] }
      )
      const clash = taken.find((d) => d.id !== input.device_id)
      if (clash)
        throw new LeasingError(
          "INVALID_SERIAL_NUMBER",
          `Serial number "${clash.serial_number}" is already on another of your devices.`
        )
    }
    const devices: DeviceFields[] = input.devices.map((d) => ({
      ...d,
      ...(d.user_id !== undefined ? { user_id: d.user_id === null ? null : userIds.get(String(d.user_id))! } : {}),
    })) as DeviceFields[]
    return new StepResponse(devices)
  }
)
