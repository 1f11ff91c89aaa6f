import { DeviceRequest } from "../../leasing-catalog/types"
import { CartDevice } from "../types"

/** A device of the cart asked for again, as a new request would (to re-check or re-price it). */
export function deviceRequestOf({ variant_id, delivery_country, keyboard_layout, acquisition_mode }: CartDevice): DeviceRequest {
  return { variant_id, delivery_country, keyboard_layout, acquisition_mode }
}
