import { CartLineItemDTO, CreateLineItemForCartDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RemoveCartLinesStepInput = { cart_id: string; line_item_ids: string[] }

/** A removed line as it can be inserted again: same id, fields, tax lines and adjustments. */
function restorable(item: CartLineItemDTO): CreateLineItemForCartDTO & { id: string } {
  const { tax_lines, adjustments, updated_at, deleted_at, cart, totals, ...fields } = item as CartLineItemDTO & {
    cart?: unknown
    totals?: unknown
    updated_at?: unknown
    deleted_at?: unknown
  }
  const strip = <T extends { id?: string; item_id?: string; updated_at?: unknown; deleted_at?: unknown }>(
    rows: T[] | undefined
  ) => (rows ?? []).map(({ item_id, updated_at, deleted_at, ...row }) => row)
  return {
    ...(fields as CreateLineItemForCartDTO & { id: string }),
    tax_lines: strip(tax_lines) as CreateLineItemForCartDTO["tax_lines"],
    adjustments: strip(adjustments) as CreateLineItemForCartDTO["adjustments"],
  }
}

export const removeCartLinesStepId = "leasing-remove-cart-lines"
/**
 * Removes line items (devices the request no longer has, and any line that is not a device) in
 * one DELETE; their tax lines and adjustments go with them (ON DELETE CASCADE). Undone by
 * inserting them again as they were, with their ids.
 */
export const removeCartLinesStep = createStep(
  removeCartLinesStepId,
  async ({ cart_id, line_item_ids }: RemoveCartLinesStepInput, { container }) => {
    if (!line_item_ids.length) {
      return new StepResponse(0, null)
    }
    const cart = container.resolve(Modules.CART)
    const removed = await cart.listLineItems({ id: line_item_ids }, { relations: ["tax_lines", "adjustments"] })
    await cart.deleteLineItems(line_item_ids)
    return new StepResponse(removed.length, { cart_id, lines: removed.map(restorable) })
  },
  async (removed, { container }) => {
    if (!removed?.lines.length) return
    await container.resolve(Modules.CART).addLineItems(removed.lines)
  }
)
