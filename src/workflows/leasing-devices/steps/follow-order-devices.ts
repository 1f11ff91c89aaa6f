import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import { DeviceClientStatus } from "../../../modules/leasing/device-constants"
import LeasingModuleService from "../../../modules/leasing/service"

/** What happened to ordered devices in Medusa: shipped or delivered lines, or the whole order cancelled. */
export type FollowOrderDevicesStepInput =
  { event: "SHIPPED" | "DELIVERED"; order_item_ids: string[] } | { event: "CANCELED"; order_id: string }

// The statuses each event moves a device from (a device never moves back).
const FROM: Record<FollowOrderDevicesStepInput["event"], DeviceClientStatus[]> = {
  SHIPPED: ["PENDING_VALIDATION", "IN_PREPARATION"],
  DELIVERED: ["PENDING_VALIDATION", "IN_PREPARATION", "SHIPPED"],
  CANCELED: [
    "PENDING_VALIDATION",
    "IN_PREPARATION",
    "SHIPPED",
    "DELIVERED",
    "IN_SERVICE",
    "AVAILABLE",
    "IN_MAINTENANCE",
    "OUT_OF_SERVICE",
  ],
}

export const followOrderDevicesStepId = "leasing-follow-order-devices"
/**
 * Moves ordered devices with their order: a shipped fulfilment → SHIPPED; a delivered one →
 * DELIVERED, or IN_SERVICE when the device has an assignee; a cancelled order → ARCHIVED.
 * Undone by writing the previous statuses back.
 */
export const followOrderDevicesStep = createStep(
  followOrderDevicesStepId,
  async (input: FollowOrderDevicesStepInput, { container }) => {
    const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
    const filters = input.event === "CANCELED" ? { order_id: input.order_id } : { order_item_id: input.order_item_ids }
    if (input.event !== "CANCELED" && !input.order_item_ids.length) return new StepResponse([], [])
    const devices = (
      await service.listDevices({ ...filters, source: "ORDER" }, { select: ["id", "client_status", "user_id"] })
    ).filter((d) => FROM[input.event].includes(d.client_status))
    const next = (d: (typeof devices)[number]): DeviceClientStatus =>
      input.event === "SHIPPED"
        ? "SHIPPED"
        : input.event === "CANCELED"
          ? "ARCHIVED"
          : d.user_id
            ? "IN_SERVICE"
            : "DELIVERED"
    if (devices.length) {
      await service.updateDevices(devices.map((d) => ({ id: d.id, client_status: next(d) })))
    }
    return new StepResponse(
      devices.map((d) => d.id),
      devices.map((d) => ({ id: d.id, client_status: d.client_status }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<LeasingModuleService>(LEASING_MODULE).updateDevices(previous)
  }
)
