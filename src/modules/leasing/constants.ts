/** Keyboard layouts of the leasing platform's contract (the same enum for catalog, cart and devices). */
export const KEYBOARD_LAYOUTS = [
  "FRENCH_AZERTY",
  "SPANISH_QWERTY",
  "ITALIAN_QWERTY",
  "INTERNATIONAL_ENGLISH_QWERTY",
  "GERMAN_QWERTZ",
  "PORTUGUESE_QWERTY",
  "ENGLISH_QWERTY",
  "SWISS_QWERTZ",
  "AMERICAN_ENGLISH_QWERTY",
  "CANADIAN_ENGLISH_QWERTY",
  "DUTCH_QWERTY",
] as const
export type KeyboardLayout = (typeof KEYBOARD_LAYOUTS)[number]

/** LEASING selects the monthly lease price, BUY the one-time purchase price. LEASING is the default. */
export const ACQUISITION_MODES = ["LEASING", "BUY"] as const
export type AcquisitionMode = (typeof ACQUISITION_MODES)[number]
export const DEFAULT_ACQUISITION_MODE: AcquisitionMode = "LEASING"

export const LEASE_TERMS_MONTHS = [18, 24, 36] as const
export type LeaseTermMonths = (typeof LEASE_TERMS_MONTHS)[number]
export const DEFAULT_LEASE_TERM_MONTHS: LeaseTermMonths = 36

/**
 * A lease contract waits for its device's delivery, then runs for its term. CANCELLED: its order
 * was cancelled before delivery. (A contract past its end date stays ACTIVE until staff end it:
 * the device still has to come back or be bought.)
 */
export const LEASE_CONTRACT_STATUSES = ["PENDING_DELIVERY", "ACTIVE", "ENDED", "CANCELLED"] as const
export type LeaseContractStatus = (typeof LEASE_CONTRACT_STATUSES)[number]

/** Price-rule attributes on a variant's price set (Medusa Pricing module). */
export const PRICE_RULE_ACQUISITION_MODE = "acquisition_mode"
export const PRICE_RULE_KEYBOARD_LAYOUT = "keyboard_layout"
export const PRICE_RULE_DELIVERY_COUNTRY = "delivery_country"
/**
 * The lease term (months, as a string) a LEASING price serves. A lease price without it serves
 * only its offer's default term, so a non-default term never silently gets the default's rent.
 */
export const PRICE_RULE_LEASE_TERM = "lease_term_months"

export const isLeaseTerm = (n: unknown): n is LeaseTermMonths => (LEASE_TERMS_MONTHS as readonly unknown[]).includes(n)
