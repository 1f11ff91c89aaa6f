import { WorkflowData } from "@medusajs/framework/workflows-sdk"
import { addCartDevicesStep } from "./steps/add-cart-devices"
import { removeCartLinesStep } from "./steps/remove-cart-lines"
import { NewDeviceLine } from "./types"

export type ReplaceCartDevicesInput = { cart_id: string; lines: NewDeviceLine[]; remove_item_ids: string[] }

/**
 * Writes the difference between the cart's devices and the requested ones: the new devices in one
 * INSERT, then the lines the cart no longer has in one DELETE. New before old, so an interruption
 * leaves either the old set untouched, or every new device in place (the repair then finishes).
 *
 * A composition helper, called inside a workflow's composer: its steps become the caller's own. A
 * nested workflow (`runAsStep`) would cost a transaction of its own on every update (issue #22).
 */
export function replaceCartDevices(input: WorkflowData<ReplaceCartDevicesInput>) {
  const added = addCartDevicesStep({ cart_id: input.cart_id, lines: input.lines })
  removeCartLinesStep({ cart_id: input.cart_id, line_item_ids: input.remove_item_ids })
  return added
}
