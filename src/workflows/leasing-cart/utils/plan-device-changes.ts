import { CartDevice, DeviceToWrite } from "../types"

export type DeviceChanges = {
  /** Devices of the cart that the request no longer has (or has with another price). */
  remove: CartDevice[]
  /** Requested devices the cart does not have yet. */
  add: DeviceToWrite[]
  /** The requested order: for each requested device, the kept line's id or its index in `add`. */
  order: ({ kept: string } | { added: number })[]
}

/** The lease term a requested device is written with: the resolved one (asked for, or the offer's default); null for a bought one. */
export const leaseTerm = (d: DeviceToWrite) => (d.acquisition_mode === "LEASING" ? d.lease_term_months : null)

const keyOfCartDevice = (d: CartDevice) =>
  [
    d.variant_id,
    d.acquisition_mode,
    d.keyboard_layout,
    d.delivery_country,
    d.assignee_user_id,
    d.shipping_address_id,
    d.lease_term_months,
    d.amount,
    d.replaces_contract_id ?? "",
  ].join("|")

const keyOfRequested = (d: DeviceToWrite) =>
  [
    d.variant_id,
    d.acquisition_mode,
    d.keyboard_layout,
    d.delivery_country,
    d.assignee_user_id,
    d.shipping_address_id,
    leaseTerm(d),
    d.amount,
    d.replaces_contract_id ?? "",
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
  const order: DeviceChanges["order"] = []
  for (const device of requested) {
    const kept = unmatched.get(keyOfRequested(device))?.shift()
    if (kept) {
      order.push({ kept: kept.line_item_id })
    } else {
      order.push({ added: add.length })
      add.push(device)
    }
  }
  return { remove: [...unmatched.values()].flat(), add, order }
}
