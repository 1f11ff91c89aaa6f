import { FINISHED_LEASE_STATUSES, LeaseContractStatus } from "../constants"

/** The platform's `client_status` values this plugin answers with. */
export type OrderClientStatus = "RECEIVED" | "SHIPPED" | "ONGOING_ORDER" | "ARCHIVED"

/**
 * An order's status as the leasing platform shows it, from its Medusa status and its lease
 * contracts: RECEIVED once validated, SHIPPED while some leased devices are delivered and others
 * not, ONGOING_ORDER when every lease runs, ARCHIVED when the order was cancelled or every lease
 * has ended. (An order of bought devices only stays RECEIVED: Medusa's fulfilment tracks it.)
 */
export function orderClientStatus(
  orderStatus: string | null | undefined,
  contracts: { status: LeaseContractStatus | string }[]
): OrderClientStatus {
  const live = contracts.filter((c) => c.status !== "CANCELLED")
  if (orderStatus === "canceled" || (contracts.length && !live.length)) return "ARCHIVED"
  const finished = (c: { status: string }) => (FINISHED_LEASE_STATUSES as string[]).includes(c.status)
  if (live.length && live.every(finished)) return "ARCHIVED"
  // Delivered: running, extended, being returned, or over.
  const started = live.filter((c) => c.status !== "PENDING_DELIVERY").length
  if (!started) return "RECEIVED"
  return started === live.length ? "ONGOING_ORDER" : "SHIPPED"
}
