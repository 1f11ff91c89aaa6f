import type { AdminLeaseContract, AdminLeaseContractRentTotal, AdminLeaseInstallment } from "../../types/leasing"
import { formatAmount } from "./format"

/** A contract date as its UTC calendar day ("2026-11-24"), the day the API records; "—" before delivery. */
export const formatContractDate = (iso: string | null) => (iso ? iso.slice(0, 10) : "—")

/** "44.17 EUR" */
export const formatRent = (contract: Pick<AdminLeaseContract, "monthly_rent" | "currency_code">) =>
  formatAmount({ amount: contract.monthly_rent, currency_code: contract.currency_code })

/** "160.68 EUR · 52.40 CHF", or "—" when nothing is owed. */
export const formatRentTotals = (totals: AdminLeaseContractRentTotal[]) =>
  totals.length
    ? totals.map((t) => formatAmount({ amount: t.amount, currency_code: t.currency_code })).join(" · ")
    : "—"

export const STATUS_LABEL: Record<AdminLeaseContract["status"], string> = {
  PENDING_DELIVERY: "Pending delivery",
  ACTIVE: "Active",
  RETURN_REQUESTED: "Return requested",
  EXTENDED: "Extended",
  ENDED: "Ended",
  BOUGHT_OUT: "Bought out",
  CANCELLED: "Cancelled",
}

export const STATUS_COLOR: Record<
  AdminLeaseContract["status"],
  "orange" | "green" | "grey" | "red" | "blue" | "purple"
> = {
  PENDING_DELIVERY: "orange",
  ACTIVE: "green",
  RETURN_REQUESTED: "purple",
  EXTENDED: "blue",
  ENDED: "grey",
  BOUGHT_OUT: "grey",
  CANCELLED: "red",
}

/** Today as the API reads a date alone (UTC): the default and latest delivery date. */
export const todayUtc = () => new Date().toISOString().slice(0, 10)

export const INSTALLMENT_LABEL: Record<AdminLeaseInstallment["status"], string> = {
  SCHEDULED: "Scheduled",
  DUE: "Due",
  INVOICED: "Invoiced",
  PAID: "Paid",
  CANCELLED: "Cancelled",
}

export const INSTALLMENT_COLOR: Record<AdminLeaseInstallment["status"], "orange" | "green" | "grey" | "red" | "blue"> =
  {
    SCHEDULED: "grey",
    DUE: "orange",
    INVOICED: "blue",
    PAID: "green",
    CANCELLED: "red",
  }
