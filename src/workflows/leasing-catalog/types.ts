import { AcquisitionMode, KeyboardLayout, LeaseTermMonths } from "../../modules/leasing/constants"

/** One price of a variant for one acquisition mode, optionally for one layout and country. */
export type LeasingPriceInput = {
  acquisition_mode: AcquisitionMode
  currency_code: string
  amount: number
  keyboard_layout?: KeyboardLayout | null
  delivery_country?: string | null
  /** LEASING only: the term this rent serves; omitted, the rent serves the offer's default term. */
  lease_term_months?: LeaseTermMonths | null
}

export type UpsertLeasingOfferInput = {
  variant_id: string
  available_countries: string[]
  has_keyboard: boolean
  keyboard_layouts: KeyboardLayout[]
  /** The default term: one of lease_terms_months. */
  lease_term_months: LeaseTermMonths
  /** The terms a device may be leased for. */
  lease_terms_months: LeaseTermMonths[]
  leasable: boolean
  purchasable: boolean
  /** Replaces every leasing price of the variant (prices without an acquisition mode are kept). */
  prices: LeasingPriceInput[]
}

/** One device as a caller asks for it: a variant (by id or integer alias) in a country, layout and mode. */
export type DeviceRequest = {
  variant_id?: string
  catalog_number?: number
  delivery_country: string
  keyboard_layout?: KeyboardLayout | null
  acquisition_mode: AcquisitionMode
  /** LEASING only: the term asked for; omitted, the offer's default term. */
  lease_term_months?: number | null
}

export type LeasingOfferRecord = {
  id: string
  catalog_number: number
  variant_id: string
  product_id: string
  available_countries: string[]
  has_keyboard: boolean
  keyboard_layouts: string[]
  lease_term_months: number
  /** Null for an offer written before terms existed: it allows only lease_term_months. */
  lease_terms_months: number[] | null
  leasable: boolean
  purchasable: boolean
}

/** A request whose variant, offer and country were found and checked. */
export type ResolvedDevice = DeviceRequest & {
  variant_id: string
  delivery_country: string
  keyboard_layout: KeyboardLayout | null
  /** The term the device is leased for (the request's or the offer's default); null for BUY. */
  lease_term_months: LeaseTermMonths | null
  offer: LeasingOfferRecord
  variant_title: string
  product_title: string
  price_set_id: string | null
  /** Region serving the delivery country, and its currency. */
  region_id: string
  region_currency_code: string
}

export type PricedDevice = ResolvedDevice & {
  currency_code: string
  /** Monthly rent for LEASING, one-time price for BUY, in major units (Medusa's convention). */
  amount: number
  price_id: string
  is_price_list_price: boolean
}
