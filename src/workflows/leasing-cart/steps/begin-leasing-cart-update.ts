import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"
import { DeviceChanges } from "../utils/plan-device-changes"
import { LeasingCartRecord, NewDeviceLine, PendingUpdate } from "../types"

export type BeginLeasingCartUpdateStepInput = {
  cart_id: string
  company_id: string
  existing: LeasingCartRecord | null
  /** Undefined keeps the current purchaser. */
  purchaser_user_id?: string | null
  /** Undefined keeps the current default address. */
  default_address_id?: string | null
  /** The cart's device line ids, in order, and its other line ids. */
  current_item_ids: string[]
  other_item_ids: string[]
  /** Null when the update keeps the devices. */
  changes: DeviceChanges | null
}

type Previous = Pick<LeasingCartRecord, "id" | "purchaser_user_id" | "default_address_id" | "pending_update">
type Compensation = { created_id: string | null; previous: Previous | null }

export const beginLeasingCartUpdateStepId = "leasing-begin-cart-update"
/**
 * The update's first write, one statement: claims the cart for the caller's company on its first
 * leasing update (the record carries the owner and the integer order id), records purchaser and
 * default address, and sets the pending marker with the line items the cart has and will have.
 * New lines get their ids and device numbers here, so the marker can name them before they exist.
 */
export const beginLeasingCartUpdateStep = createStep(
  beginLeasingCartUpdateStepId,
  async (input: BeginLeasingCartUpdateStepInput, { container }) => {
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    const adds = input.changes?.add ?? []
    const numbers = await service.reserveDeviceNumbers(adds.length)
    const newLines: NewDeviceLine[] = adds.map((device, index) => ({
      line_item_id: generateEntityId(undefined, "cali"),
      device_number: numbers[index],
      device,
    }))
    const targetIds = input.changes
      ? input.changes.order.map((o) => ("kept" in o ? o.kept : newLines[o.added].line_item_id))
      : input.current_item_ids
    const keep = new Set(targetIds)
    const removeIds = input.changes
      ? [...input.current_item_ids, ...input.other_item_ids].filter((id) => !keep.has(id))
      : []
    const pending: PendingUpdate = {
      started_at: new Date().toISOString(),
      previous_item_ids: input.current_item_ids,
      target_item_ids: targetIds,
    }
    const fields = {
      pending_update: pending,
      ...(input.purchaser_user_id !== undefined && { purchaser_user_id: input.purchaser_user_id }),
      ...(input.default_address_id !== undefined && { default_address_id: input.default_address_id }),
    }
    const output = { new_lines: newLines, target_item_ids: targetIds, remove_item_ids: removeIds }
    if (!input.existing) {
      const created = await service.createLeasingCarts({
        cart_id: input.cart_id,
        company_id: input.company_id,
        ...fields,
      })
      return new StepResponse<typeof output & { leasing_cart_id: string }, Compensation>(
        { ...output, leasing_cart_id: created.id },
        { created_id: created.id, previous: null }
      )
    }
    await service.writeLeasingCart(input.existing.id, fields)
    const { id, purchaser_user_id, default_address_id, pending_update } = input.existing
    return new StepResponse<typeof output & { leasing_cart_id: string }, Compensation>(
      { ...output, leasing_cart_id: id },
      { created_id: null, previous: { id, purchaser_user_id, default_address_id, pending_update } }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    if (compensation.created_id) {
      await service.deleteLeasingCarts(compensation.created_id)
    } else if (compensation.previous) {
      const { id, ...previous } = compensation.previous
      await service.writeLeasingCart(id, previous)
    }
  }
)
