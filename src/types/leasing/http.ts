import type { AcquisitionMode, KeyboardLayout, LeaseTermMonths } from "../../modules/leasing/constants"
import type { AdminLeasingPage } from "../company/http"

/**
 * The admin API's shapes for the leasing catalog (`/admin/leasing/offers`,
 * `/admin/leasing/products/:id/offers`, `/admin/leasing/variants/:id/offer`).
 */

/** A leasing price as the admin routes show it: a Pricing-module price and its leasing rules. */
export type AdminLeasingPrice = {
  id?: string
  acquisition_mode: AcquisitionMode
  currency_code: string
  amount: number
  keyboard_layout: KeyboardLayout | null
  delivery_country: string | null
  /** A lease price for one term; null: the offer's default term. */
  lease_term_months: LeaseTermMonths | null
}

export type AdminLeasingOffer = {
  id: string
  catalog_number: number
  variant_id: string
  product_id: string
  available_countries: string[]
  has_keyboard: boolean
  keyboard_layouts: KeyboardLayout[]
  /** The default term, one of lease_terms_months. */
  lease_term_months: LeaseTermMonths
  /** Null on an offer written before terms existed: only lease_term_months. */
  lease_terms_months: LeaseTermMonths[] | null
  leasable: boolean
  purchasable: boolean
  metadata?: Record<string, unknown> | null
  created_at?: string
  updated_at?: string
}

/** An offer of the catalog list, with its variant and product when asked for (`fields`). */
export type AdminLeasingOfferListItem = AdminLeasingOffer & {
  product_variant?: {
    id: string
    title: string
    sku: string | null
    product?: { id: string; title: string } | null
  } | null
}

/** One variant, its offer (null when not offered) and its leasing prices. */
export type AdminVariantLeasingOffer = {
  variant: { id: string; title: string; sku: string | null; product_id?: string }
  offer: AdminLeasingOffer | null
  prices: AdminLeasingPrice[]
}

export type AdminLeasingOfferListResponse = AdminLeasingPage & { offers: AdminLeasingOfferListItem[] }
export type AdminProductLeasingOffersResponse = { variants: AdminVariantLeasingOffer[] }
export type AdminVariantLeasingOfferResponse = AdminVariantLeasingOffer

export type AdminLeasingOfferListParams = {
  product_id?: string | string[]
  delivery_country?: string
  acquisition_mode?: AcquisitionMode
  limit?: number
  offset?: number
  fields?: string
}

export type AdminUpsertLeasingOffer = {
  available_countries: string[]
  has_keyboard: boolean
  keyboard_layouts: KeyboardLayout[]
  lease_term_months: LeaseTermMonths
  lease_terms_months?: LeaseTermMonths[]
  leasable: boolean
  purchasable: boolean
  prices: Omit<AdminLeasingPrice, "id">[]
}
