import type { LeaseContractStatus, LeaseInstallmentStatus } from "../../modules/leasing/constants"

/**
 * The admin API's lease contracts (`/admin/leasing/contracts`): one per leased device of an
 * order, with its company, assignee and delivery address resolved for display.
 */
export type AdminLeaseContract = {
  id: string
  /** The platform's stable integer contract number. */
  contract_number: number
  order_id: string
  order_item_id: string
  cart_id: string
  company: { id: string; name: string | null }
  device_number: number
  catalog_number: number
  product_id: string | null
  variant_id: string | null
  device_name: string
  keyboard_layout: string | null
  delivery_country: string
  /** The employee who receives the device (null when the cart named none). */
  assignee: { id: string; name: string | null; email: string | null } | null
  /** The company address the device ships to; `label` is its label, else its street and city. */
  shipping_address: { id: string; label: string | null } | null
  signatory_user_id: string | null
  lease_term_months: number
  /** Monthly rent in major units, excluding taxes. */
  monthly_rent: number
  currency_code: string
  status: LeaseContractStatus
  /** The delivery date; null until delivered. */
  starts_at: string | null
  /** `starts_at` plus the term in calendar months; null until delivered. */
  ends_at: string | null
  /** How it runs on past its end (EXTENDED contracts); null otherwise. */
  extension_mode: "MONTH_TO_MONTH" | "NEW_TERM" | null
  /** The agreed pickup date of a requested return. */
  return_date: string | null
  /** When it ended (device received) or was bought out. */
  ended_at: string | null
  /** What an early return owes (docs/lease-lifecycle.md); null otherwise. */
  early_return_fee: number | null
  created_at: string
}

/** The monthly rent a set of running or pending contracts adds up to, in one currency. */
export type AdminLeaseContractRentTotal = { currency_code: string; amount: number }

export type AdminLeaseContractListParams = {
  company_id?: string
  status?: LeaseContractStatus | LeaseContractStatus[]
  order_id?: string
  /** ACTIVE contracts whose end date falls between now and N days from now. */
  ending_within_days?: number
  limit?: number
  offset?: number
}

export type AdminLeaseContractListResponse = {
  lease_contracts: AdminLeaseContract[]
  count: number
  limit: number
  offset: number
  /** Per currency, the monthly rent of the ACTIVE and PENDING_DELIVERY contracts matching the filters (every page). */
  monthly_rent_total: AdminLeaseContractRentTotal[]
  /** Per currency, the installments of the matching contracts falling due this calendar month (UTC), cancelled ones aside. */
  rent_due_this_month: AdminLeaseContractRentTotal[]
}

export type AdminLeaseContractResponse = { lease_contract: AdminLeaseContract }

export type AdminDeliverLeaseContract = {
  /** ISO date or date-time, not in the future; defaults to now. */
  delivered_at?: string
}

export type AdminLeaseInstallment = {
  id: string
  sequence: number
  due_date: string
  amount: number
  currency_code: string
  status: LeaseInstallmentStatus
  invoice_number: string | null
  invoiced_at: string | null
  paid_at: string | null
  payment_reference: string | null
}

export type AdminBuybackQuote = {
  id: string
  amount: number
  currency_code: string
  remaining_installments: number
  expires_at: string
  status: "OPEN" | "ACCEPTED" | "SUPERSEDED"
  payment_collection_id: string | null
}

/** `GET /admin/leasing/contracts/:id/installments`: the billing schedule and the open buyback quote. */
export type AdminLeaseScheduleResponse = {
  installments: AdminLeaseInstallment[]
  remaining_to_pay: number
  currency_code: string
  buyback_quote: AdminBuybackQuote | null
}

export type AdminRecordInvoice = { invoice_number: string; invoiced_at?: string }
export type AdminRecordPayment = { paid_at?: string; payment_reference?: string | null }
export type AdminExtendLeaseContract = { mode: "MONTH_TO_MONTH" | "NEW_TERM"; months?: number }
export type AdminReceiveReturn = { received_at?: string }
export type AdminRequestReturn = {
  address: {
    address_1: string
    address_2?: string | null
    postal_code?: string | null
    city: string
    country_code: string
    company?: string | null
    contact_name?: string | null
    phone?: string | null
  }
  return_date: string
}
