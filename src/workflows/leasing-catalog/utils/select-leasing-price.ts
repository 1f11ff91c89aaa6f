// Copy of core behaviour: @medusajs/pricing 2.21.2, dist/repositories/pricing.js (`calculatePrices`:
// which prices apply and their order) and dist/services/pricing-module.js (`calculatePrices`: the
// choice between the list price and the default price). Re-read both when upgrading Medusa:
// integration-tests/unit/core-copies.spec.ts checks the installed version and the lines followed.
import { PRICE_RULE_ACQUISITION_MODE } from "../../../modules/leasing/constants"
import { servesLeaseTerm } from "./lease-term-rule"

/** A price of a price set in one currency, with its rules and its price list (if any). */
export type CandidatePrice = {
  id: string
  price_set_id: string
  amount: number
  min_quantity: number | null
  rules: { attribute: string; value: string }[]
  price_list: {
    id: string
    type: string
    status: string
    starts_at: Date | string | null
    ends_at: Date | string | null
    rules: { attribute: string; value: unknown }[]
  } | null
  /** Set when the price belongs to a list that no longer exists (soft-deleted). */
  orphaned?: boolean
}

/**
 * Context values by attribute: `acquisition_mode`, `keyboard_layout`, `delivery_country`,
 * `lease_term_months` (a lease's term, as a string), `customer.groups.id`.
 */
export type SelectionContext = Record<string, string[]>

export type SelectedPrice = { price_id: string; amount: number; is_price_list_price: boolean }

const matches = (values: string[] | undefined, value: string) => !!values?.includes(value)

/** jsonb `@>` of a price-list rule value: an array contains the value, a scalar equals it. */
function listRuleMatches(values: string[] | undefined, ruleValue: unknown) {
  if (!values?.length) return false
  return Array.isArray(ruleValue) ? values.some((v) => ruleValue.includes(v)) : values.includes(String(ruleValue))
}

function listIsActive(list: NonNullable<CandidatePrice["price_list"]>, now: Date) {
  return (
    list.status === "active" &&
    (!list.starts_at || new Date(list.starts_at) <= now) &&
    (!list.ends_at || new Date(list.ends_at) >= now)
  )
}

function applies(price: CandidatePrice, context: SelectionContext, now: Date) {
  if (price.orphaned) return false
  if (price.min_quantity != null && price.min_quantity > 1) return false
  if (!price.rules.every((r) => matches(context[r.attribute], r.value))) return false
  if (!price.price_list) return true
  return (
    listIsActive(price.price_list, now) &&
    price.price_list.rules.every((r) => listRuleMatches(context[r.attribute], r.value))
  )
}

const ruleCount = (p: CandidatePrice) => p.rules.length + (p.price_list?.rules.length ?? 0)

/**
 * The price Medusa's `calculatePrices` would pick for one price set in one context (Medusa 2.21:
 * `PricingRepository.calculatePrices` filters and orders, `PricingModuleService.calculatePrices`
 * chooses), computed from prices loaded once for a whole catalog page:
 * - a price applies when every one of its rules matches the context, and, for a price-list
 *   price, when its list is active now and every list rule matches;
 * - price-list prices first, then the most rules, then the lowest amount;
 * - an OVERRIDE list's price wins; a SALE list's price wins when not above the default price;
 *   otherwise the default price.
 * Then the leasing rules: the winner must carry the requested acquisition mode (a lease never
 * falls back to a purchase price or a plain price), and a lease's winner must serve the
 * requested term (`leaseTerm`; see lease-term-rule.ts), else there is no price.
 * A test compares this with `calculatePrices` for every demo device (leasing-store-catalog spec).
 */
export function selectLeasingPrice(
  prices: CandidatePrice[],
  context: SelectionContext,
  now = new Date(),
  /** For a lease: the term asked for (also in `context`) and the offer's default term. */
  leaseTerm?: { requested: number; default: number }
): SelectedPrice | null {
  const candidates = prices
    .filter((p) => applies(p, context, now))
    .sort(
      (a, b) => Number(!!b.price_list) - Number(!!a.price_list) || ruleCount(b) - ruleCount(a) || a.amount - b.amount
    )
  const listPrice = candidates.find((p) => p.price_list)
  const defaultPrice = candidates.find((p) => !p.price_list)
  let winner = defaultPrice
  if (listPrice?.price_list?.type === "override") winner = listPrice
  else if (listPrice?.price_list?.type === "sale") {
    // As core: the lower of the two, the list's on a tie; the list's when either amount is 0.
    winner =
      defaultPrice?.amount && listPrice.amount && defaultPrice.amount < listPrice.amount ? defaultPrice : listPrice
  }
  if (!winner) return null
  const mode = winner.rules.find((r) => r.attribute === PRICE_RULE_ACQUISITION_MODE)?.value
  if (!mode || !matches(context[PRICE_RULE_ACQUISITION_MODE], mode)) return null
  if (leaseTerm && !servesLeaseTerm(winner.rules, leaseTerm.requested, leaseTerm.default)) return null
  return { price_id: winner.id, amount: winner.amount, is_price_list_price: !!winner.price_list }
}
