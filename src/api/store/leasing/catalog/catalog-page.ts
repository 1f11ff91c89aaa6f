import { MedusaContainer } from "@medusajs/framework/types"
import { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AcquisitionMode, ACQUISITION_MODES } from "../../../../modules/leasing/constants"
import { offeredLeaseTerms } from "../../../../modules/leasing/utils/lease-terms"
import { LeasingError } from "../../../../utils/leasing-errors"
import { storeCurrencyCodes } from "../../../../utils/store-currencies"
import { compareVariants } from "../../../../utils/variant-order"
import { CatalogFilters, CatalogOfferRow, findCatalogGroups, loadCatalogOffers } from "./queries/catalog-queries"
import { CatalogPriceBook, loadCatalogPriceBook } from "./queries/price-catalog"
import { loadDeviceCatalog } from "../../../../workflows/leasing-catalog/utils/resolve-leasing-devices"
import { variantCharacteristics } from "../../../../workflows/leasing-catalog/utils/variant-characteristics"

export type CatalogPageInput = {
  filters: CatalogFilters
  page: { limit: number; offset: number }
  currency_code?: string
  customer_group_ids: string[]
}

type LayoutPrices = { amount: number; by_layout: Record<string, number> | null }
type ModePrice = (LayoutPrices & { currency: string; by_term?: Record<string, LayoutPrices> }) | null

/** A mode's prices of one catalog product (a lease's for one term): per layout, and "from" the cheapest. */
function layoutPrices(
  offer: CatalogOfferRow,
  mode: AcquisitionMode,
  book: CatalogPriceBook,
  term?: number
): LayoutPrices | null {
  const layouts = offer.has_keyboard ? offer.keyboard_layouts : [null]
  const leaseTerm = term ? { requested: term, default: offer.lease_term_months } : undefined
  const priced = layouts.flatMap((layout) => {
    const price = book.priceOf(offer.price_set_id!, mode, layout, leaseTerm)
    return price ? [{ layout, amount: price.amount }] : []
  })
  if (!priced.length) return null
  return {
    amount: Math.min(...priced.map((p) => p.amount)),
    by_layout: offer.has_keyboard ? Object.fromEntries(priced.map((p) => [p.layout, p.amount])) : null,
  }
}

/**
 * A mode's prices: BUY's, or a lease's for the offer's default term plus `by_term`, the same for
 * every offered term that has a rent.
 */
function modePrice(offer: CatalogOfferRow, mode: AcquisitionMode, book: CatalogPriceBook, currency: string): ModePrice {
  if (!offer.price_set_id || !(mode === "LEASING" ? offer.leasable : offer.purchasable)) return null
  if (mode === "BUY") {
    const prices = layoutPrices(offer, mode, book)
    return prices && { ...prices, currency }
  }
  const byTerm = offeredLeaseTerms(offer).flatMap((term) => {
    const prices = layoutPrices(offer, mode, book, term)
    return prices ? [[String(term), prices] as const] : []
  })
  const atDefault = byTerm.find(([term]) => term === String(offer.lease_term_months))?.[1]
  return atDefault ? { ...atDefault, currency, by_term: Object.fromEntries(byTerm) } : null
}

function productView(offer: CatalogOfferRow, groupId: number, book: CatalogPriceBook, currency: string) {
  const [leasing, buy] = ACQUISITION_MODES.map((mode) => modePrice(offer, mode, book, currency))
  return {
    id: offer.catalog_number,
    variant_id: offer.variant_id,
    product_group_id: groupId,
    name: offer.variant_title,
    sku: offer.sku,
    img_url: offer.thumbnail,
    has_keyboard: offer.has_keyboard,
    keyboard_layouts: offer.keyboard_layouts,
    lease_term_months: offer.lease_term_months,
    lease_terms_months: offeredLeaseTerms(offer),
    characteristics: variantCharacteristics(offer.options, offer.variant_metadata),
    leasing,
    buy,
  }
}

/**
 * A page of the catalog of one delivery country, in a fixed number of statements whatever
 * the catalog's size: the page of groups and their count (2), the region serving the country
 * and the store's currencies (2), the page's offers with their variants (1), and one call to
 * the Pricing module for every price of the page.
 */
export async function loadCatalogPage(scope: MedusaContainer, input: CatalogPageInput) {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const country = input.filters.delivery_country

  const [{ regionOfCountry }, { data: stores }, groups] = await Promise.all([
    loadDeviceCatalog(query, [{ delivery_country: country, acquisition_mode: "LEASING" }]),
    query.graph({ entity: "store", fields: ["supported_currencies.currency_code"] }),
    findCatalogGroups(knex, input.filters, input.page),
  ])
  const region = regionOfCountry.get(country)
  if (!region) {
    throw new LeasingError("DELIVERY_COUNTRY_NOT_FOUND", `No region delivers to ${country}.`)
  }
  const currency = (input.currency_code ?? region.currency_code).toLowerCase()
  if (!storeCurrencyCodes(stores).includes(currency)) {
    throw new LeasingError("CURRENCY_NOT_SUPPORTED", `The store does not sell in ${currency.toUpperCase()}.`)
  }

  const offers = (
    await loadCatalogOffers(
      knex,
      groups.rows.map((g) => g.medusa_product_id),
      country
    )
  ).sort((a, b) =>
    compareVariants(
      { variant_rank: a.variant_rank, title: a.variant_title },
      { variant_rank: b.variant_rank, title: b.variant_title }
    )
  )
  const book = await loadCatalogPriceBook(scope.resolve(Modules.PRICING), {
    price_set_ids: [...new Set(offers.flatMap((o) => (o.price_set_id ? [o.price_set_id] : [])))],
    currency_code: currency,
    delivery_country: country,
    customer_group_ids: input.customer_group_ids,
  })

  const data = groups.rows.map((group) => ({
    ...group,
    products: offers
      .filter((o) => o.product_id === group.medusa_product_id)
      .map((o) => productView(o, group.id, book, currency)),
  }))
  return { data, total: groups.total, currency }
}
