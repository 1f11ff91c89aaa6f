import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { CartDevice } from "../types"

export type RemoveCartDevicesStepInput = { devices: CartDevice[] }

export const removeCartDevicesStepId = "remove-cart-devices"
/**
 * Removes the cart's devices (their line items, with tax lines and adjustments, and their
 * leasing lines) by soft-deleting them, so that compensation restores them with their ids.
 */
export const removeCartDevicesStep = createStep(
  removeCartDevicesStepId,
  async ({ devices }: RemoveCartDevicesStepInput, { container }) => {
    if (!devices.length) {
      return new StepResponse(0, null)
    }
    const cart = container.resolve(Modules.CART)
    const leasing: LeasingModuleService = container.resolve(LEASING_MODULE)
    const lineItemIds = devices.map((d) => d.line_item_id)
    const leasingLineIds = devices.map((d) => d.leasing_line_id)
    await cart.softDeleteLineItems(lineItemIds)
    try {
      await leasing.softDeleteLeasingCartLines(leasingLineIds)
    } catch (error) {
      // A step that throws is not compensated: undo its first half here.
      await cart.restoreLineItems(lineItemIds)
      throw error
    }
    return new StepResponse(devices.length, { lineItemIds, leasingLineIds })
  },
  async (removed, { container }) => {
    if (!removed) return
    const leasing: LeasingModuleService = container.resolve(LEASING_MODULE)
    await leasing.restoreLeasingCartLines(removed.leasingLineIds)
    await container.resolve(Modules.CART).restoreLineItems(removed.lineItemIds)
  }
)
