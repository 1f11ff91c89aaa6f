export type BuybackRule = { factor: number; floor_months: number }

const toCents = (n: number) => Math.round(n * 100)

/**
 * The merchant's buyback rule: the rent still to come (installments not yet due) times `factor`,
 * never less than `floor_months` monthly rents. An offer may set its own rule in
 * `metadata.buyback = { factor, floor_months }`; the plugin options give the default.
 */
export function buybackPrice(input: { remaining_amount: number; monthly_rent: number; rule: BuybackRule }) {
  // In integer cents, so 1015.91 × 0.5 is 507.96 (half a cent up), not 507.95 of a float's 507.95499….
  const price = Math.round(toCents(input.remaining_amount) * input.rule.factor)
  const floor = Math.round(toCents(input.monthly_rent) * input.rule.floor_months)
  return Math.max(price, floor) / 100
}

/** An offer's own rule when its metadata holds a valid one, else the default. */
export function buybackRuleOf(metadata: unknown, fallback: BuybackRule): BuybackRule {
  const own = (metadata as { buyback?: { factor?: unknown; floor_months?: unknown } } | null)?.buyback
  const valid = (n: unknown) => typeof n === "number" && Number.isFinite(n) && n >= 0
  return {
    factor: valid(own?.factor) ? (own!.factor as number) : fallback.factor,
    floor_months: valid(own?.floor_months) ? (own!.floor_months as number) : fallback.floor_months,
  }
}
