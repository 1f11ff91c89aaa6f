// Copy of core behaviour: @medusajs/core-flows 2.21.2, dist/cart/workflows/update-cart.js
// (`taxRelevantAddressChanged`, `newLocaleCode` and `force_refresh` of `updateCartWorkflow`).
// Re-read it when upgrading Medusa: integration-tests/unit/core-copies.spec.ts checks the
// installed version and the lines copied. One deliberate difference: a `region_id` equal to the
// cart's region does not force core's full refresh here (core refreshes whenever one is sent).
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

/**
 * Whether a shipping address sent with an update changes the cart's taxes, as core decides it: a
 * field counts only when sent and different; country codes are stored in lower case, so they are
 * compared without case (an unchanged address resent as "FR" forces no refresh).
 */
export function taxRelevantAddressChanged(
  next: Record<string, unknown> | null | undefined,
  prev: Record<string, unknown> | null | undefined
): boolean {
  if (!next) {
    return false
  }
  const changed = (nextValue: unknown, prevValue: unknown) => nextValue !== undefined && nextValue !== prevValue
  const lower = (code: unknown) => (code == null ? undefined : String(code).toLowerCase())
  return (
    changed(next.id, prev?.id) ||
    changed(lower(next.country_code), lower(prev?.country_code)) ||
    changed(next.province, prev?.province) ||
    changed(next.postal_code, prev?.postal_code) ||
    changed(next.city, prev?.city)
  )
}

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
  const update = devicesRegion ? { ...input.update, region_id: devicesRegion.id } : (input.update ?? {})
  const current = loaded.cart.region!
  newRegion = newRegion ?? devicesRegion
  const region = newRegion ?? current
  const region_changed = !!newRegion && newRegion.id !== current.id
  const address_changed = taxRelevantAddressChanged(
    update.shipping_address as Record<string, unknown> | null | undefined,
    loaded.cart.shipping_address
  )
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
