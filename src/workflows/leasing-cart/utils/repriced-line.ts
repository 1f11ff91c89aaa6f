import { LEASING_METADATA_KEY, linePriceOf } from "../../../modules/leasing/utils/leasing-line-data"
import { CartDevice } from "../types"

/**
 * The line-item update that gives a device of the cart a new price: a leased device keeps
 * `unit_price` 0 and gets its new rent in its metadata (the whole leasing object, since the Cart
 * module replaces `metadata`), a bought device gets a new `unit_price`.
 */
export function repricedLine(device: CartDevice, amount: number) {
  const { line_item_id, variant_id: _variant, amount: _old, ...leasing } = device
  const price = linePriceOf(device.acquisition_mode, amount)
  return {
    line_item_id,
    unit_price: price.unit_price,
    is_custom_price: true,
    metadata: { [LEASING_METADATA_KEY]: { ...leasing, monthly_rent: price.monthly_rent } },
  }
}
