import { LEASE_TERMS_MONTHS, LeaseTermMonths } from "../constants"

// The list is a jsonb column: Medusa's generated types call it a record, so it is read as unknown.
type OfferTerms = { lease_term_months: number | string; lease_terms_months?: unknown }

/**
 * The terms an offer allows, ascending. An offer without a list (written before terms existed)
 * allows only its default term.
 */
export function offeredLeaseTerms(offer: OfferTerms): LeaseTermMonths[] {
  const stored = Array.isArray(offer.lease_terms_months) ? offer.lease_terms_months.map(Number) : []
  const listed = stored.length ? stored : [Number(offer.lease_term_months)]
  return LEASE_TERMS_MONTHS.filter((t) => listed.includes(t))
}
