import { PendingUpdate } from "../types"

export type Settlement = {
  /** Whether the interrupted update is finished (its devices kept) or undone (the old ones kept). */
  outcome: "finished" | "undone"
  /** The cart's device lines after the repair, in order. */
  keep_item_ids: string[]
  /** Every other line of the cart. */
  remove_item_ids: string[]
}

/**
 * How an interrupted update ends. Its new devices were written in one INSERT, before any old one
 * was deleted: if they are there, the update is finished (the old lines go); if not, nothing of it
 * reached the devices and it is undone (the old lines stay). Either way, any line that is not a
 * device, or not in the chosen set, is removed, so no leftover of an earlier failure survives.
 */
export function settleInterruptedUpdate(
  pending: PendingUpdate,
  items: { id: string; is_device: boolean }[]
): Settlement {
  const devices = new Set(items.filter((i) => i.is_device).map((i) => i.id))
  const previous = new Set(pending.previous_item_ids)
  const added = pending.target_item_ids.filter((id) => !previous.has(id))
  const finished = added.every((id) => devices.has(id))
  const chosen = (finished ? pending.target_item_ids : pending.previous_item_ids).filter((id) => devices.has(id))
  const keep = new Set(chosen)
  return {
    outcome: finished ? "finished" : "undone",
    keep_item_ids: chosen,
    remove_item_ids: items.filter((i) => !keep.has(i.id)).map((i) => i.id),
  }
}
