import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import { DEVICE_CLIENT_SETTABLE_STATUSES } from "../../../modules/leasing/device-constants"
import LeasingModuleService from "../../../modules/leasing/service"
import { LeasingError } from "../../../utils/leasing-errors"
import { DeviceFields, ORDER_OWNED_FIELDS } from "../types"

export type CheckDeviceChangeStepInput = { id: string; changes?: DeviceFields; deleting?: boolean }

// Until delivered, an ordered device's status is the order's.
const FOLLOWS_ORDER = new Set(["PENDING_VALIDATION", "IN_PREPARATION", "SHIPPED", "ARCHIVED"])

export const checkDeviceChangeStepId = "leasing-check-device-change"
/**
 * What a company may not change (409 DEVICE_MUTATION_FORBIDDEN, reads only): on an ordered
 * device, what checkout owns (rent, prices, contract, rental dates, type, category) and its
 * status until it is delivered (it follows the order); removing a leased device whose lease
 * runs or waits for delivery. Answers the changes to write, with the status a new assignee
 * brings (a delivered device given to someone is IN_SERVICE).
 */
export const checkDeviceChangeStep = createStep(
  checkDeviceChangeStepId,
  async (input: CheckDeviceChangeStepInput, { container }) => {
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const device = await service.retrieveDevice(input.id)
    const ordered = device.source === "ORDER"
    if (input.deleting) {
      if (ordered && device.is_rented && device.client_status !== "ARCHIVED") {
        throw new LeasingError(
          "DEVICE_MUTATION_FORBIDDEN",
          "This device is under a running lease: it stays in your fleet until the lease ends."
        )
      }
      return new StepResponse({} as DeviceFields)
    }
    const changes = { ...(input.changes ?? {}) }
    if (ordered) {
      const owned = ORDER_OWNED_FIELDS.filter((f) => changes[f] !== undefined)
      if (owned.length) {
        throw new LeasingError(
          "DEVICE_MUTATION_FORBIDDEN",
          `${owned.join(", ")} of an ordered device come from its order and cannot be changed.`
        )
      }
      if (changes.client_status && FOLLOWS_ORDER.has(device.client_status)) {
        throw new LeasingError(
          "DEVICE_MUTATION_FORBIDDEN",
          `This device is ${device.client_status}: its status follows its order until it is delivered.`
        )
      }
    }
    if (
      changes.client_status &&
      !(DEVICE_CLIENT_SETTABLE_STATUSES as readonly string[]).includes(changes.client_status)
    ) {
      throw new LeasingError(
        "DEVICE_MUTATION_FORBIDDEN",
        `${changes.client_status} follows an order; set one of ${DEVICE_CLIENT_SETTABLE_STATUSES.join(", ")}.`
      )
    }
    if (
      changes.user_id &&
      !changes.client_status &&
      (device.client_status === "DELIVERED" || device.client_status === "AVAILABLE")
    ) {
      changes.client_status = "IN_SERVICE"
    }
    return new StepResponse(changes)
  }
)
