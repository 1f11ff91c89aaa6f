import { LeasingUpdateCartInput } from "../types"

type LoadedForDescription = {
  cart: {
    region?: Region | null
    shipping_address?: Record<string, unknown> | null
    locale?: string | null
  }
  leasing_cart: { company_id: string } | null
}
type Region = { id: string; name: string; currency_code: string; countries?: unknown[] }

const TAX_ADDRESS_FIELDS = ["id", "country_code", "province", "postal_code", "city"]

/**
 * What an update is, decided once from the request and the loaded cart: the owning company, the
 * region it ends in, whether core fields are sent, and whether totals need core's full refresh
 * (as core decides it: a region, tax-relevant address or locale change).
 */
export function describeUpdate({
  input,
  loaded,
  newRegion,
  devicesRegion,
}: {
  input: LeasingUpdateCartInput
  loaded: LoadedForDescription
  newRegion?: Region | null
  /** The region the cart's first devices moved it to, if any. */
  devicesRegion?: Region | null
}) {
  const update = devicesRegion ? { ...input.update, region_id: devicesRegion.id } : input.update ?? {}
  const current = loaded.cart.region!
  newRegion = newRegion ?? devicesRegion
  const region = newRegion ?? current
  const region_changed = !!newRegion && newRegion.id !== current.id
  const next = update.shipping_address as Record<string, unknown> | null | undefined
  const prev = loaded.cart.shipping_address ?? {}
  const address_changed = !!next && TAX_ADDRESS_FIELDS.some((k) => next[k] !== undefined && next[k] !== prev[k])
  const new_locale = update.locale && update.locale !== loaded.cart.locale ? update.locale : undefined
  return {
    // The load step refuses a caller-less write, so a company is known here.
    company_id: loaded.leasing_cart?.company_id ?? input.caller!.company_id,
    // With its countries: core's address rules read them.
    region,
    region_changed,
    core_update: update,
    core_fields: Object.keys(update).length > 0,
    force_refresh: region_changed || address_changed || !!new_locale,
    new_locale,
  }
}
