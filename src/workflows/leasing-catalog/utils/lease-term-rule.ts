import { PRICE_RULE_LEASE_TERM } from "../../../modules/leasing/constants"

/**
 * Whether a LEASING price may serve a term. A price with a `lease_term_months` rule serves that
 * term (Medusa's rule matching already checked it equals the context's). A price without one
 * serves only the offer's default term: prices written before terms existed keep working, and
 * a non-default term never silently gets the default term's rent. Shared by the Pricing-module
 * path (price-leasing-devices.ts) and the catalog's (select-leasing-price.ts) so they agree.
 */
export function servesLeaseTerm(
  rules: { attribute: string; value: string }[],
  requestedTerm: number,
  defaultTerm: number
): boolean {
  const term = rules.find((r) => r.attribute === PRICE_RULE_LEASE_TERM)?.value
  return term != null ? term === String(requestedTerm) : requestedTerm === defaultTerm
}
