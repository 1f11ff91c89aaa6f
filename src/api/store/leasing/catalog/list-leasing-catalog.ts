import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AcquisitionMode, ACQUISITION_MODES, KeyboardLayout } from "../../../../modules/leasing/constants"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { LeasingError } from "../../../../utils/leasing-errors"
import { compareVariants } from "../../../../utils/variant-order"
import { priceLeasingDevices } from "../../../../workflows/leasing-catalog/steps/price-leasing-devices"
import { checkDevice, loadDeviceCatalog } from "../../../../workflows/leasing-catalog/steps/resolve-leasing-devices"
import { DeviceRequest, PricedDevice } from "../../../../workflows/leasing-catalog/types"
import { storeCurrencyCodes } from "../../../../utils/store-currencies"

type CatalogParams = {
  delivery_country: string
  currency_code?: string
  limit: number
  offset: number
  sales_channel_ids: string[]
  customer_group_ids: string[]
}

type ModePrice = { amount: number; currency: string; by_layout: Record<string, number> | null } | null

function summarise(priced: PricedDevice[], mode: AcquisitionMode, currency: string): ModePrice {
  const ofMode = priced.filter((p) => p.acquisition_mode === mode)
  if (!ofMode.length) return null
  const withLayout = ofMode.filter((p) => p.keyboard_layout)
  return {
    // The "from" price: what the cheapest layout costs.
    amount: Math.min(...ofMode.map((p) => p.amount)),
    currency,
    by_layout: withLayout.length ? Object.fromEntries(withLayout.map((p) => [p.keyboard_layout, p.amount])) : null,
  }
}

/**
 * The catalog of one delivery country: published product groups of the storefront's sales
 * channels, with the variants offered there and their lease and purchase prices. Paginated by
 * product group; a fixed number of queries per page, whatever the number of variants.
 */
export async function listLeasingCatalog(scope: MedusaContainer, params: CatalogParams) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const leasing: LeasingModuleService = scope.resolve(LEASING_MODULE)
  const country = params.delivery_country

  const offers = await leasing.listLeasingOffers(
    { available_countries: { $contains: [country] } } as any,
    { select: ["variant_id", "product_id"] }
  )
  const { data: products } = offers.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "title",
          "handle",
          "description",
          "thumbnail",
          "sales_channels.id",
          "variants.id",
          "variants.title",
          "variants.variant_rank",
        ],
        filters: { id: [...new Set(offers.map((o) => o.product_id))], status: "published" },
      })
    : { data: [] }
  const visible = products
    .filter((p) => !params.sales_channel_ids.length || p.sales_channels?.some((c) => c && params.sales_channel_ids.includes(c.id)))
    .sort((a, b) => a.title.localeCompare(b.title))
  const page = visible.slice(params.offset, params.offset + params.limit)

  const offeredVariants = new Set(offers.map((o) => o.variant_id))
  const variantIds = page.flatMap((p) =>
    (p.variants ?? [])
      .filter((v): v is NonNullable<typeof v> => !!v && offeredVariants.has(v.id))
      .sort(compareVariants)
      .map((v) => v.id)
  )
  const catalog = await loadDeviceCatalog(
    query,
    variantIds.length ? variantIds.map((variant_id) => ({ variant_id, delivery_country: country, acquisition_mode: "LEASING" })) : [{ delivery_country: country, acquisition_mode: "LEASING" }]
  )
  const region = catalog.regionOfCountry.get(country)
  if (!region) {
    throw new LeasingError("DELIVERY_COUNTRY_NOT_FOUND", `No region delivers to ${country}.`)
  }
  const currency = params.currency_code ?? region.currency_code
  const [store] = (await query.graph({ entity: "store", fields: ["supported_currencies.currency_code"] })).data

  // One request per variant, mode and layout; devices that cannot be priced simply show no price.
  const requests: DeviceRequest[] = variantIds.flatMap((variant_id) => {
    const offer = catalog.offerOf({ variant_id, delivery_country: country, acquisition_mode: "LEASING" })!
    const layouts: (KeyboardLayout | null)[] = offer.has_keyboard ? (offer.keyboard_layouts as KeyboardLayout[]) : [null]
    return ACQUISITION_MODES.flatMap((acquisition_mode) =>
      layouts.map((keyboard_layout) => ({ variant_id, delivery_country: country, keyboard_layout, acquisition_mode }))
    )
  })
  const resolved = requests.flatMap((r) => {
    try {
      return [checkDevice(r, catalog.offerOf(r), catalog.regionOfCountry)]
    } catch {
      return []
    }
  })
  const priced = (
    await priceLeasingDevices(scope.resolve(Modules.PRICING), {
      devices: resolved,
      currency_code: currency,
      store_currencies: storeCurrencyCodes(store ? [store] : []),
      customer_group_ids: params.customer_group_ids,
    })
  ).filter((p): p is PricedDevice => !(p instanceof LeasingError))

  const data = page.map((product) => ({
    id: product.id,
    title: product.title,
    handle: product.handle,
    description: product.description,
    thumbnail: product.thumbnail,
    products: variantIds
      .filter((id) => product.variants?.some((v) => v?.id === id))
      .map((variant_id) => {
        const offer = catalog.offerOf({ variant_id, delivery_country: country, acquisition_mode: "LEASING" })!
        const ofVariant = priced.filter((p) => p.variant_id === variant_id)
        return {
          id: offer.catalog_number,
          variant_id,
          name: offer.product_variant?.title ?? null,
          has_keyboard: offer.has_keyboard,
          keyboard_layouts: offer.keyboard_layouts,
          lease_term_months: offer.lease_term_months,
          leasing: summarise(ofVariant, "LEASING", currency),
          buy: summarise(ofVariant, "BUY", currency),
        }
      }),
  }))
  return { data, meta: { total: visible.length, limit: params.limit, offset: params.offset } }
}
