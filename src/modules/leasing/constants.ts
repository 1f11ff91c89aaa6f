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
 * A lease contract waits for its device's delivery, then runs for its term (ACTIVE). At its end
 * (docs/lease-lifecycle.md): RETURN_REQUESTED until staff receive the device (then ENDED),
 * BOUGHT_OUT once the company bought it, EXTENDED when it runs on past its end date (month to
 * month, or a new term). CANCELLED: its order was cancelled before delivery.
 */
export const LEASE_CONTRACT_STATUSES = [
  "PENDING_DELIVERY",
  "ACTIVE",
  "RETURN_REQUESTED",
  "EXTENDED",
  "ENDED",
  "BOUGHT_OUT",
  "CANCELLED",
] as const
export type LeaseContractStatus = (typeof LEASE_CONTRACT_STATUSES)[number]
/** Contracts whose device is with the company and whose rent runs: the end-of-lease choices apply to them. */
export const RUNNING_LEASE_STATUSES: LeaseContractStatus[] = ["ACTIVE", "EXTENDED"]
/** Contracts that are over: the order is ARCHIVED once every live one is. */
export const FINISHED_LEASE_STATUSES: LeaseContractStatus[] = ["ENDED", "BOUGHT_OUT"]

/**
 * One month's rent of a running contract: SCHEDULED until its due date, DUE once the daily job
 * saw it fall due, INVOICED when staff (or the host's billing) recorded an invoice, PAID with
 * the payment; CANCELLED when the lease ended before it fell due.
 */
export const LEASE_INSTALLMENT_STATUSES = ["SCHEDULED", "DUE", "INVOICED", "PAID", "CANCELLED"] as const
export type LeaseInstallmentStatus = (typeof LEASE_INSTALLMENT_STATUSES)[number]
/** Installments still owed (what "remaining to pay" adds up). */
export const UNPAID_INSTALLMENT_STATUSES: LeaseInstallmentStatus[] = ["SCHEDULED", "DUE", "INVOICED"]

/** A buyback quote: OPEN until accepted or replaced by a newer one; it expires at `expires_at`. */
export const BUYBACK_QUOTE_STATUSES = ["OPEN", "ACCEPTED", "SUPERSEDED"] as const
export type BuybackQuoteStatus = (typeof BUYBACK_QUOTE_STATUSES)[number]

/** How a contract runs on past its end date: a rolling month, or a new fixed term. */
export const LEASE_EXTENSION_MODES = ["MONTH_TO_MONTH", "NEW_TERM"] as const
export type LeaseExtensionMode = (typeof LEASE_EXTENSION_MODES)[number]

/** The lease events on Medusa's event bus (and the webhook event types a company may subscribe to). */
export const LeaseEvents = {
  CREATED: "lease_contract.created",
  ACTIVATED: "lease_contract.activated",
  ENDING_SOON: "lease_contract.ending_soon",
  RETURN_REQUESTED: "lease_contract.return_requested",
  ENDED: "lease_contract.ended",
  BOUGHT_OUT: "lease_contract.bought_out",
  EXTENDED: "lease_contract.extended",
  INSTALLMENT_DUE: "lease_installment.due",
  INSTALLMENT_PAID: "lease_installment.paid",
} as const
export const LEASE_EVENT_NAMES = Object.values(LeaseEvents)
export type LeaseEventName = (typeof LEASE_EVENT_NAMES)[number]

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

/** A webhook delivery: PENDING while attempts remain, then SUCCEEDED or FAILED for good. */
export const WEBHOOK_DELIVERY_STATUSES = ["PENDING", "SUCCEEDED", "FAILED"] as const
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number]
