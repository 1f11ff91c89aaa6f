import { upgradeTerms } from "../upgrade-rule"

const EVERPHONE = { fromMonth: 13, feeMonths: 3, feeUntilMonth: 24 }
const contract = { starts_at: "2025-01-31T10:00:00.000Z", monthly_rent: 40.33 }

describe("upgradeTerms (Everphone's rule by default)", () => {
  it("refuses an upgrade in month 12 and allows it from the first day of month 13", () => {
    const month12 = upgradeTerms(contract, EVERPHONE, new Date("2026-01-31T09:59:59.000Z"), 24)
    expect([month12.month, month12.eligible, month12.eligible_from.toISOString()]).toEqual([
      12,
      false,
      "2026-01-31T10:00:00.000Z",
    ])
    const month13 = upgradeTerms(contract, EVERPHONE, new Date("2026-01-31T10:00:00.000Z"), 24)
    expect([month13.month, month13.eligible, month13.fee]).toEqual([13, true, 120.99])
  })

  it("owes 3 rents until month 23, none from month 24, never more than the rent to come", () => {
    // Month 23 starts 22 calendar months after Jan 31, 2025: Nov 30, 2026 (clamped).
    expect(upgradeTerms(contract, EVERPHONE, new Date("2026-11-30T10:00:00.000Z"), 14)).toEqual(
      expect.objectContaining({ month: 23, fee: 120.99 })
    )
    expect(upgradeTerms(contract, EVERPHONE, new Date("2026-12-31T10:00:00.000Z"), 13)).toEqual(
      expect.objectContaining({ month: 24, fee: 0 })
    )
    expect(upgradeTerms(contract, EVERPHONE, new Date("2026-03-01T00:00:00.000Z"), 2).fee).toBe(80.66)
  })

  it("follows a configured rule", () => {
    const rule = { fromMonth: 7, feeMonths: 1.5, feeUntilMonth: 12 }
    const at = new Date("2025-07-31T10:00:00.000Z")
    expect(upgradeTerms(contract, rule, at, 30)).toEqual(
      expect.objectContaining({ month: 7, eligible: true, fee: 60.5 })
    )
  })
})
