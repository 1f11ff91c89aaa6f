import { CandidatePrice, selectLeasingPrice } from "../select-leasing-price"

const NOW = new Date("2026-11-24T12:00:00Z")
let n = 0
function price(
  amount: number,
  rules: Record<string, string>,
  list: Partial<NonNullable<CandidatePrice["price_list"]>> | null = null
): CandidatePrice {
  n += 1
  return {
    id: `price_${n}`,
    price_set_id: "pset_1",
    amount,
    min_quantity: null,
    rules: Object.entries(rules).map(([attribute, value]) => ({ attribute, value })),
    price_list: list
      ? { id: `plist_${n}`, type: "override", status: "active", starts_at: null, ends_at: null, rules: [], ...list }
      : null,
  }
}
const lease = { acquisition_mode: "LEASING" }
const context = (extra: Record<string, string[]> = {}) => ({
  acquisition_mode: ["LEASING"],
  delivery_country: ["FR"],
  ...extra,
})

describe("selectLeasingPrice", () => {
  it("takes the most specific matching price: a layout's price over the mode's", () => {
    const prices = [price(44.17, lease), price(45.67, { ...lease, keyboard_layout: "SWISS_QWERTZ" })]
    expect(selectLeasingPrice(prices, context({ keyboard_layout: ["SWISS_QWERTZ"] }), NOW)?.amount).toBe(45.67)
    expect(selectLeasingPrice(prices, context({ keyboard_layout: ["FRENCH_AZERTY"] }), NOW)?.amount).toBe(44.17)
  })

  it("never falls back to another mode or to a plain price", () => {
    const prices = [price(1299, { acquisition_mode: "BUY" }), price(999, {})]
    expect(selectLeasingPrice(prices, context(), NOW)).toBeNull()
  })

  it("ignores prices whose rules do not all match, and quantity tiers above one", () => {
    const prices = [
      price(10, { ...lease, delivery_country: "DE" }),
      { ...price(5, lease), min_quantity: 10 },
      price(40, lease),
    ]
    expect(selectLeasingPrice(prices, context(), NOW)?.amount).toBe(40)
  })

  it("applies a customer group's OVERRIDE list only to that group, only while active", () => {
    const group = [{ attribute: "customer.groups.id", value: ["cusgroup_vip"] }]
    const prices = [price(40, lease), price(45, lease, { rules: group })]
    expect(selectLeasingPrice(prices, context({ "customer.groups.id": ["cusgroup_vip"] }), NOW)).toEqual({
      price_id: prices[1].id,
      amount: 45,
      is_price_list_price: true,
    })
    expect(selectLeasingPrice(prices, context({ "customer.groups.id": ["cusgroup_other"] }), NOW)?.amount).toBe(40)
    expect(selectLeasingPrice(prices, context(), NOW)?.amount).toBe(40)
    const expired = [price(40, lease), price(30, lease, { ends_at: "2026-01-01T00:00:00Z" })]
    expect(selectLeasingPrice(expired, context(), NOW)?.amount).toBe(40)
    const draft = [price(40, lease), price(30, lease, { status: "draft" })]
    expect(selectLeasingPrice(draft, context(), NOW)?.amount).toBe(40)
  })

  it("applies a SALE list only when it is not above the default price", () => {
    expect(selectLeasingPrice([price(40, lease), price(35, lease, { type: "sale" })], context(), NOW)?.amount).toBe(35)
    expect(selectLeasingPrice([price(40, lease), price(50, lease, { type: "sale" })], context(), NOW)?.amount).toBe(40)
  })

  it("skips prices of a deleted list", () => {
    expect(
      selectLeasingPrice([price(40, lease), { ...price(30, lease), orphaned: true }], context(), NOW)?.amount
    ).toBe(40)
  })

  describe("lease terms", () => {
    const at = (term: number) =>
      [context({ lease_term_months: [String(term)] }), NOW, { requested: term, default: 36 }] as const
    const prices = () => [
      price(31.2, lease),
      price(41.5, { ...lease, lease_term_months: "24" }),
      price(52.9, { ...lease, lease_term_months: "18" }),
    ]

    it("serves each term from its own price, and the default term from the price without a term", () => {
      const list = prices()
      expect([18, 24, 36].map((t) => selectLeasingPrice(list, ...at(t))?.amount)).toEqual([52.9, 41.5, 31.2])
    })

    it("never gives a non-default term the default term's rent", () => {
      expect(selectLeasingPrice([price(31.2, lease)], ...at(24))).toBeNull()
      // A more specific price without a term (a layout's) beats the term's price: no price, not the wrong one.
      const layoutWins = [
        price(33, { ...lease, keyboard_layout: "SWISS_QWERTZ", delivery_country: "FR" }),
        price(41.5, { ...lease, lease_term_months: "24" }),
      ]
      const [ctx, now, term] = at(24)
      expect(selectLeasingPrice(layoutWins, { ...ctx, keyboard_layout: ["SWISS_QWERTZ"] }, now, term)).toBeNull()
    })

    it("applies a price-list price with a term rule to that term only", () => {
      const list = [...prices(), price(35, { ...lease, lease_term_months: "24" }, { type: "override" })]
      expect([18, 24, 36].map((t) => selectLeasingPrice(list, ...at(t)))).toEqual([
        expect.objectContaining({ amount: 52.9, is_price_list_price: false }),
        expect.objectContaining({ amount: 35, is_price_list_price: true }),
        expect.objectContaining({ amount: 31.2, is_price_list_price: false }),
      ])
    })
  })
})
