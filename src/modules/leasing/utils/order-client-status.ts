import { LeaseContractStatus } from "../constants"

/** The platform's `client_status` values this plugin answers with. */
export type OrderClientStatus = "RECEIVED" | "SHIPPED" | "ONGOING_ORDER" | "ARCHIVED"

/**
 * An order's status as the leasing platform shows it, from its Medusa status and its lease
 * contracts: RECEIVED once validated, SHIPPED while some leased devices are delivered and others
 * not, ONGOING_ORDER when every lease runs, ARCHIVED when the order was cancelled or every lease
 * has ended. (An order of bought devices only stays RECEIVED: Medusa's fulfilment tracks it.)
 */
export function orderClientStatus(orderStatus: string | null | undefined, contracts: { status: LeaseContractStatus | string }[]): OrderClientStatus {
  const live = contracts.filter((c) => c.status !== "CANCELLED")
  if (orderStatus === "canceled" || (contracts.length && !live.length)) return "ARCHIVED"
  if (live.length && live.every((c) => c.status === "ENDED")) return "ARCHIVED"
  const started = live.filter((c) => c.status === "ACTIVE" || c.status === "ENDED").length
  if (!started) return "RECEIVED"
  return started === live.length ? "ONGOING_ORDER" : "SHIPPED"
}
