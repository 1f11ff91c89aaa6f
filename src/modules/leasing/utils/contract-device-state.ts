import type { LeaseContractStatus } from "../constants"
import type { DeviceClientStatus } from "../device-constants"

/** The device fields a lease contract's end changes. */
export type ContractDeviceChange = {
  client_status: DeviceClientStatus
  is_rented?: boolean
  rent?: number | null
  purchase_price?: number | null
}

/**
 * The one place that says what a leased device becomes when its contract changes state (the
 * order side is `orderClientStatus`):
 * - BOUGHT_OUT: the company owns it: IN_SERVICE, no longer rented, no rent, bought at the buyback price;
 * - ENDED (its return was received): ARCHIVED; it stays a rented device in the history (is_rented, rent kept);
 * - any other state (RETURN_REQUESTED included): unchanged. Fleet's statuses have no "being
 *   returned"; the company still holds and may use the device until the pickup, and the statuses
 *   it sets itself (IN_SERVICE, AVAILABLE, IN_MAINTENANCE, OUT_OF_SERVICE) stay its own.
 */
export function deviceChangeForContract(
  status: LeaseContractStatus,
  context: { buyback_price?: number | null } = {}
): ContractDeviceChange | null {
  switch (status) {
    case "BOUGHT_OUT":
      return {
        client_status: "IN_SERVICE",
        is_rented: false,
        rent: null,
        purchase_price: context.buyback_price ?? null,
      }
    case "ENDED":
      return { client_status: "ARCHIVED" }
    default:
      return null
  }
}
