import type { LeasingPriceInput } from "../../workflows/leasing-catalog/types"
/** Minimal client for the plugin's admin routes: the admin's session cookie authenticates. */
export class LeasingApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string
  ) {
    super(message)
  }
}

export async function leasingFetch<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? "GET",
    credentials: "include",
    headers: init?.body ? { "content-type": "application/json" } : undefined,
    body: init?.body ? JSON.stringify(init.body) : undefined,
  })
  const payload = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new LeasingApiError(payload.message ?? `Request failed (${response.status})`, response.status, payload.code)
  }
  return payload as T
}

/** A leasing price as the admin routes return it (with its id once saved). */
export type LeasingPrice = Required<Omit<LeasingPriceInput, "keyboard_layout" | "delivery_country">> & {
  id?: string
  keyboard_layout: string | null
  delivery_country: string | null
}

export type LeasingOffer = {
  id: string
  catalog_number: number
  variant_id: string
  available_countries: string[]
  has_keyboard: boolean
  keyboard_layouts: string[]
  lease_term_months: number
  leasable: boolean
  purchasable: boolean
}

export type VariantLeasingOffer = {
  variant: { id: string; title: string; sku: string | null }
  offer: LeasingOffer | null
  prices: LeasingPrice[]
}

export { KEYBOARD_LAYOUTS } from "../../modules/leasing/constants"

/** Countries served by a region and the store's currencies: what an offer can use. */
export async function loadStoreSettings() {
  const [{ regions }, { stores }] = await Promise.all([
    leasingFetch<{ regions: { countries: { iso_2: string }[] }[] }>("/admin/regions?fields=countries.iso_2&limit=100"),
    leasingFetch<{ stores: { supported_currencies: { currency_code: string }[] }[] }>(
      "/admin/stores?fields=supported_currencies.currency_code"
    ),
  ])
  const countries = [...new Set(regions.flatMap((r) => r.countries.map((c) => c.iso_2.toUpperCase())))].sort()
  const currencies = (stores[0]?.supported_currencies ?? []).map((c) => c.currency_code)
  return { countries, currencies }
}
