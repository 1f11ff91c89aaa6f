import { RemoteQueryFunction } from "@medusajs/framework/types"
import { isLeaseTerm, KeyboardLayout, LeaseTermMonths } from "../../../modules/leasing/constants"
import { offeredLeaseTerms } from "../../../modules/leasing/utils/lease-terms"
import { LeasingError } from "../../../utils/leasing-errors"
import { DeviceRequest, LeasingOfferRecord, ResolvedDevice } from "../types"

export type LoadedOffer = LeasingOfferRecord & {
  product_variant?: {
    id: string
    title: string
    product?: { title: string; status: string; sales_channels?: ({ id: string } | null)[] | null } | null
    price_set?: { id: string } | null
  } | null
}

/*
 * The catalog's device rules, shared by the cart workflow (through resolveLeasingDevicesStep),
 * the pricing route and the catalog routes.
 */

/**
 * The rules a device must pass, in the order the contract reports them: country served,
 * device offered there, keyboard layout fitting the device.
 */
export function checkDevice(
  request: DeviceRequest,
  offer: LoadedOffer | undefined,
  regionOfCountry: Map<string, { id: string; currency_code: string }>,
  /** When set, the device's country must lie in this region (a cart's). */
  cartRegion?: { id: string; name: string },
  /** When not empty, the device's product must be sold in one of these sales channels (the publishable key's, or the cart's). */
  salesChannelIds: string[] = []
): ResolvedDevice {
  const country = request.delivery_country.toUpperCase()
  const region = regionOfCountry.get(country)
  if (!region) {
    throw new LeasingError("DELIVERY_COUNTRY_NOT_FOUND", `No region delivers to ${country}.`)
  }
  if (cartRegion && region.id !== cartRegion.id) {
    throw new LeasingError(
      "DELIVERY_COUNTRY_NOT_IN_REGION",
      `${country} is not in the cart's region (${cartRegion.name}); change the cart's region first.`
    )
  }
  const name = request.variant_id ?? request.catalog_number
  const variant = offer?.product_variant
  const soldHere =
    !salesChannelIds.length ||
    !!variant?.product?.sales_channels?.some((channel) => !!channel && salesChannelIds.includes(channel.id))
  // A product outside the storefront's channels answers as one that does not exist (catalog numbers are sequential).
  if (!offer || !variant || variant.product?.status !== "published" || !soldHere) {
    throw new LeasingError("PRODUCT_NOT_FOUND", `Product ${name} is not in the leasing catalog.`)
  }
  if (!offer.available_countries.includes(country)) {
    throw new LeasingError("PRODUCT_NOT_FOUND", `Product ${name} is not in the catalog of ${country}.`)
  }
  const layout = request.keyboard_layout ?? null
  if (offer.has_keyboard && !layout) {
    throw new LeasingError("KEYBOARD_LAYOUT_REQUIRED", `Product ${name} has a keyboard: keyboard_layout is required.`)
  }
  if (!offer.has_keyboard && layout) {
    throw new LeasingError("KEYBOARD_LAYOUT_NOT_APPLICABLE", `Product ${name} has no keyboard: omit keyboard_layout.`)
  }
  if (layout && !offer.keyboard_layouts.includes(layout)) {
    throw new LeasingError(
      "KEYBOARD_LAYOUT_NOT_OFFERED",
      `Product ${name} is not offered with a ${layout} keyboard (offered: ${offer.keyboard_layouts.join(", ")}).`
    )
  }
  const leaseTerm = checkLeaseTerm(request, offer, name)
  const { product_variant: _variant, ...offerRecord } = offer
  return {
    ...request,
    variant_id: offer.variant_id,
    catalog_number: offer.catalog_number,
    delivery_country: country,
    keyboard_layout: layout as KeyboardLayout | null,
    lease_term_months: leaseTerm,
    offer: offerRecord,
    variant_title: variant.title,
    product_title: variant.product?.title ?? variant.title,
    price_set_id: variant.price_set?.id ?? null,
    region_id: region.id,
    region_currency_code: region.currency_code,
  }
}

/** The term a device is leased for: the one it names, among its offer's, or the offer's default. */
function checkLeaseTerm(
  request: DeviceRequest,
  offer: LoadedOffer,
  name: string | number | undefined
): LeaseTermMonths | null {
  const requested = request.lease_term_months ?? null
  if (request.acquisition_mode !== "LEASING") {
    if (requested != null) {
      throw new LeasingError(
        "LEASE_TERM_NOT_APPLICABLE",
        `Product ${name} is bought, not leased: omit lease_term_months.`
      )
    }
    return null
  }
  const offered = offeredLeaseTerms(offer)
  if (requested == null) {
    return offer.lease_term_months as LeaseTermMonths
  }
  if (!isLeaseTerm(requested) || !offered.includes(requested)) {
    throw new LeasingError(
      "LEASE_TERM_NOT_OFFERED",
      `Product ${name} is not leased for ${requested} months (offered: ${offered.join(", ")} months).`
    )
  }
  return requested
}

/**
 * Loads what checking the devices needs, in two queries whatever their number: the offers
 * (with variant, product status and price set) and the regions serving their countries.
 */
export async function loadDeviceCatalog(query: Omit<RemoteQueryFunction, symbol>, devices: DeviceRequest[]) {
  const variantIds = [...new Set(devices.flatMap((d) => (d.variant_id ? [d.variant_id] : [])))]
  const numbers = [...new Set(devices.flatMap((d) => (d.catalog_number ? [d.catalog_number] : [])))]
  const countries = [...new Set(devices.map((d) => d.delivery_country.toLowerCase()))]

  const [{ data: offers }, { data: served }] = await Promise.all([
    variantIds.length || numbers.length
      ? query.graph({
          entity: "leasing_offer",
          fields: [
            "*",
            "product_variant.id",
            "product_variant.title",
            "product_variant.product.title",
            "product_variant.product.status",
            "product_variant.product.sales_channels.id",
            "product_variant.price_set.id",
          ],
          // Query's generated filter types take integer columns as strings.
          filters: { $or: [{ variant_id: variantIds }, { catalog_number: numbers as unknown as string[] }] },
        })
      : Promise.resolve({ data: [] as LoadedOffer[] }),
    query.graph({
      entity: "country",
      fields: ["iso_2", "region_id", "region.currency_code"],
      filters: { iso_2: countries },
    }),
  ])

  const regionOfCountry = new Map(
    (served as { iso_2: string; region_id: string | null; region?: { currency_code: string } | null }[])
      .filter((c) => c.region_id && c.region)
      .map((c) => [c.iso_2.toUpperCase(), { id: c.region_id as string, currency_code: c.region!.currency_code }])
  )
  const byVariant = new Map((offers as LoadedOffer[]).map((o) => [o.variant_id, o]))
  const byNumber = new Map((offers as LoadedOffer[]).map((o) => [o.catalog_number, o]))
  return {
    regionOfCountry,
    offerOf: (d: DeviceRequest) => (d.variant_id ? byVariant.get(d.variant_id) : byNumber.get(d.catalog_number!)),
  }
}
