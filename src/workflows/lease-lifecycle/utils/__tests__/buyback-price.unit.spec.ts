import { buybackPrice, buybackRuleOf } from "../buyback-price"

describe("buybackPrice", () => {
  it("is the rent to come times the factor, at least the floor", () => {
    expect(
      buybackPrice({ remaining_amount: 10 * 44.17, monthly_rent: 44.17, rule: { factor: 0.5, floor_months: 1 } })
    ).toBe(220.85)
    expect(buybackPrice({ remaining_amount: 0, monthly_rent: 44.17, rule: { factor: 0.5, floor_months: 1 } })).toBe(
      44.17
    )
    expect(buybackPrice({ remaining_amount: 44.17, monthly_rent: 44.17, rule: { factor: 0.5, floor_months: 2 } })).toBe(
      88.34
    )
    // 23 × 44.17 summed as floats is 1015.9099…: the half cent still rounds up.
    let sum = 0
    for (let i = 0; i < 23; i++) sum += 44.17
    expect(buybackPrice({ remaining_amount: sum, monthly_rent: 44.17, rule: { factor: 0.5, floor_months: 1 } })).toBe(
      507.96
    )
  })

  it("takes an offer's own rule from its metadata, field by field, ignoring invalid values", () => {
    const fallback = { factor: 0.5, floor_months: 1 }
    expect(buybackRuleOf({ buyback: { factor: 0.8 } }, fallback)).toEqual({ factor: 0.8, floor_months: 1 })
    expect(buybackRuleOf({ buyback: { factor: "x", floor_months: 3 } }, fallback)).toEqual({
      factor: 0.5,
      floor_months: 3,
    })
    expect(buybackRuleOf(null, fallback)).toEqual(fallback)
  })
})
