import type { UpgradeRule } from "../../../modules/leasing/lifecycle-options"
import { addCalendarMonths } from "../../lease-contracts/utils/add-calendar-months"

export type UpgradeTerms = {
  /** The contract's current month, 1 from its start (delivery) until a calendar month later. */
  month: number
  eligible: boolean
  /** When month `fromMonth` starts. */
  eligible_from: Date
  /** What upgrading now owes (0 from month `feeUntilMonth` on), capped at the rent still to come. */
  fee: number
}

/**
 * The upgrade rule (docs/lease-lifecycle.md, "Upgrade"): a running contract may be replaced from
 * month `fromMonth` on; before month `feeUntilMonth` the upgrade owes `feeMonths`
 * monthly rents, never more than the rent still to come (as the early-return fee). Months are
 * calendar months from the start, with the end date's clamping.
 */
export function upgradeTerms(
  contract: { starts_at: Date | string; monthly_rent: number },
  rule: UpgradeRule,
  now: Date,
  installmentsToCome: number
): UpgradeTerms {
  const start = new Date(contract.starts_at)
  let month = 1
  while (addCalendarMonths(start, month).getTime() <= now.getTime()) month++
  const eligible_from = addCalendarMonths(start, rule.fromMonth - 1)
  const owesFee = month < rule.feeUntilMonth
  const months = owesFee ? Math.min(rule.feeMonths, installmentsToCome) : 0
  return {
    month,
    eligible: now.getTime() >= eligible_from.getTime(),
    eligible_from,
    fee: Math.round(months * contract.monthly_rent * 100) / 100,
  }
}
