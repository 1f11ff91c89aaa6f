import { LEASE_TERMS_MONTHS, LeaseTermMonths } from "../constants"

type OfferTerms = { lease_term_months: number; lease_terms_months?: number[] | null }

/**
 * The terms an offer allows, ascending. An offer without a list (written before terms existed)
 * allows only its default term.
 */
export function offeredLeaseTerms(offer: OfferTerms): LeaseTermMonths[] {
  const listed = offer.lease_terms_months?.length ? offer.lease_terms_months : [offer.lease_term_months]
  return LEASE_TERMS_MONTHS.filter((t) => listed.includes(t))
}
