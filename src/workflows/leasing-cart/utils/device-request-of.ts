import { DeviceRequest } from "../../leasing-catalog/types"
import { CartDevice } from "../types"

/**
 * A device of the cart asked for again, as a new request would (to re-check or re-price it). A
 * leased device keeps its term: re-pricing it at the offer's default would change its rent.
 */
export function deviceRequestOf({
  variant_id,
  delivery_country,
  keyboard_layout,
  acquisition_mode,
  lease_term_months,
}: CartDevice): DeviceRequest {
  return {
    variant_id,
    delivery_country,
    keyboard_layout,
    acquisition_mode,
    lease_term_months: acquisition_mode === "LEASING" ? lease_term_months : null,
  }
}
