import { installmentSchedule } from "../installment-schedule"

describe("installmentSchedule", () => {
  const base = { contract_id: "lcon_1", company_id: "lcomp_1", monthly_rent: 44.17, currency_code: "eur" }

  it("falls due on the start day each month, clamped to the month's last day without drifting", () => {
    const rows = installmentSchedule({ ...base, starts_at: "2027-01-31T00:00:00.000Z", from: 1, to: 15 })
    expect(rows.map((r) => r.due_date.toISOString().slice(0, 10))).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
      "2027-06-30",
      "2027-07-31",
      "2027-08-31",
      "2027-09-30",
      "2027-10-31",
      "2027-11-30",
      "2027-12-31",
      "2028-01-31",
      "2028-02-29",
      "2028-03-31",
    ])
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    expect(new Set(rows.map((r) => r.amount))).toEqual(new Set([44.17]))
  })

  it("writes only the asked sequences (an extension's months)", () => {
    const rows = installmentSchedule({ ...base, starts_at: "2026-08-31T09:30:00.000Z", from: 25, to: 26 })
    expect(rows.map((r) => [r.sequence, r.due_date.toISOString()])).toEqual([
      [25, "2028-08-31T09:30:00.000Z"],
      [26, "2028-09-30T09:30:00.000Z"],
    ])
  })
})
