import { CartDevice, DeviceToWrite } from "../types"

export type DeviceChanges = {
  /** Devices of the cart that the request no longer has (or has with another price). */
  remove: CartDevice[]
  /** Requested devices the cart does not have yet. */
  add: DeviceToWrite[]
  /** Devices kept as they are but at another position in the request. */
  rerank: { leasing_line_id: string; rank: number; previous_rank: number }[]
}

const keyOfCartDevice = (d: CartDevice) =>
  [d.variant_id, d.acquisition_mode, d.keyboard_layout, d.delivery_country, d.assignee_user_id, d.shipping_address_id, d.lease_term_months, d.unit_price].join("|")

const keyOfRequested = (d: DeviceToWrite) =>
  [
    d.variant_id,
    d.acquisition_mode,
    d.keyboard_layout,
    d.delivery_country,
    d.assignee_user_id,
    d.shipping_address_id,
    d.acquisition_mode === "LEASING" ? d.offer.lease_term_months : null,
    d.amount,
  ].join("|")

/**
 * What replacing the cart's devices with the requested ones really changes: a device the cart
 * already has, identical in every leasing field and price, keeps its line (and its device id);
 * only the difference is written. The result is the same cart as deleting and re-adding all.
 */
export function planDeviceChanges(current: CartDevice[], requested: DeviceToWrite[]): DeviceChanges {
  const unmatched = new Map<string, CartDevice[]>()
  for (const device of current) {
    const key = keyOfCartDevice(device)
    unmatched.set(key, [...(unmatched.get(key) ?? []), device])
  }
  const add: DeviceToWrite[] = []
  const rerank: DeviceChanges["rerank"] = []
  for (const device of requested) {
    const kept = unmatched.get(keyOfRequested(device))?.shift()
    if (!kept) {
      add.push(device)
    } else if (kept.rank !== device.rank) {
      rerank.push({ leasing_line_id: kept.leasing_line_id, rank: device.rank, previous_rank: kept.rank })
    }
  }
  return { remove: [...unmatched.values()].flat(), add, rerank }
}
