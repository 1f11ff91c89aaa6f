import { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LeasingOfferRecord } from "../../../../../workflows/leasing-catalog/types"

/*
 * The catalog's two database reads, in SQL over the shared PostgreSQL connection.
 *
 * Why SQL and not Query: a page of product groups is filtered by the leasing offers
 * (country), the product (status, type, collection, title), the product's sales channels and
 * the variants (search), which live in three modules. `query.graph` filters one module's
 * entity and then its links, so paginating in the database would need every offered product
 * id of the country first (a list growing with the catalog), and Medusa's Index module (which
 * does cross-module filtering) is still experimental and not enabled here. One SQL statement
 * over the tables does the filtering, sorting, counting and slicing where the data is; it
 * relies on the standard deployment where every module shares one database (true for every
 * Medusa app unless a module is given its own database URL).
 *
 * Mapping of the platform's catalog onto Medusa:
 * - product group = product (its integer id: `leasing_product_group.group_number`), catalog
 *   product = variant with a `leasing_offer` (its integer id: `catalog_number`);
 * - `category` (COMPUTER, SMARTPHONE, ...) = the product's **type** value (one per product);
 * - `brand` (a slug such as `apple`) = the product's **collection** handle (one per product,
 *   URL-safe: what a slug is); the brand's display name is the collection's title.
 */

export type CatalogFilters = {
  delivery_country: string
  /** Product type value, e.g. COMPUTER. */
  category?: string
  /** Product collection handle, e.g. apple. */
  brand?: string
  /** Words that must each appear in the group's title, brand or one offered variant's title or SKU. */
  search?: string
  /** The storefront's sales channels; empty = no restriction. */
  sales_channel_ids: string[]
  /** One product group only (the per-group products route): its integer id or its Medusa product id. */
  group?: { number: number } | { id: string }
}

export type CatalogGroupRow = {
  /** The platform's integer product group id. */
  id: number
  medusa_product_id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  category: string | null
  brand: string | null
  brand_name: string | null
}

/** An offer row of a catalog page: the offer record with its variant's fields. */
export type CatalogOfferRow = LeasingOfferRecord & {
  variant_title: string
  sku: string | null
  variant_rank: number | null
  variant_metadata: Record<string, unknown> | null
  thumbnail: string | null
  price_set_id: string | null
  options: { title: string; value: string }[]
}

/** `%`, `_` and `\` are wildcards or the escape of ILIKE: match them literally. */
function likePattern(term: string) {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Offers of a product that can be delivered to the country, on live variants. */
function offeredVariants(knex: Knex, country: string) {
  return knex("leasing_offer as o")
    .join("product_variant as v", function () {
      this.on("v.id", "o.variant_id").andOnNull("v.deleted_at")
    })
    .whereNull("o.deleted_at")
    .whereRaw("o.available_countries @> array[?]::text[]", [country])
}

function matchingGroups(knex: Knex, filters: CatalogFilters) {
  const q = knex("product as p")
    .join("leasing_product_group as g", function () {
      this.on("g.product_id", "p.id").andOnNull("g.deleted_at")
    })
    .leftJoin("product_type as t", function () {
      this.on("t.id", "p.type_id").andOnNull("t.deleted_at")
    })
    .leftJoin("product_collection as c", function () {
      this.on("c.id", "p.collection_id").andOnNull("c.deleted_at")
    })
    .whereNull("p.deleted_at")
    .where("p.status", "published")
    .whereExists(offeredVariants(knex, filters.delivery_country).whereRaw("o.product_id = p.id").select(knex.raw("1")))
  if (filters.group) {
    if ("number" in filters.group) q.where("g.group_number", filters.group.number)
    else q.where("p.id", filters.group.id)
  }
  if (filters.sales_channel_ids.length) {
    q.whereExists(
      knex("product_sales_channel as psc")
        .select(knex.raw("1"))
        .whereRaw("psc.product_id = p.id")
        .whereNull("psc.deleted_at")
        .whereIn("psc.sales_channel_id", filters.sales_channel_ids)
    )
  }
  if (filters.category) q.where("t.value", filters.category)
  if (filters.brand) q.where("c.handle", filters.brand)
  for (const term of (filters.search ?? "").split(/\s+/).filter(Boolean)) {
    const like = likePattern(term)
    q.where((w) =>
      w
        .whereRaw("p.title ilike ?", [like])
        .orWhereRaw("c.title ilike ?", [like])
        .orWhereRaw("c.handle ilike ?", [like])
        .orWhereExists(
          offeredVariants(knex, filters.delivery_country)
            .select(knex.raw("1"))
            .whereRaw("o.product_id = p.id")
            .where((v) => v.whereRaw("v.title ilike ?", [like]).orWhereRaw("v.sku ilike ?", [like]))
        )
    )
  }
  return q
}

/**
 * One page of product groups (by title ignoring case, then id) and the number of groups matching: two
 * statements whatever the catalog's size; the page's rows are bounded by `limit`.
 */
export async function findCatalogGroups(
  knex: Knex,
  filters: CatalogFilters,
  page: { limit: number; offset: number }
): Promise<{ rows: CatalogGroupRow[]; total: number }> {
  const [rows, [{ count }]] = await Promise.all([
    matchingGroups(knex, filters)
      .select(
        "g.group_number as id",
        "p.id as medusa_product_id",
        "p.title",
        "p.handle",
        "p.description",
        "p.thumbnail",
        "t.value as category",
        "c.handle as brand",
        "c.title as brand_name"
      )
      // Case-insensitive, so "iPhone" sorts among the I's whatever the database collation.
      .orderByRaw("lower(p.title), p.id")
      .limit(page.limit)
      .offset(page.offset),
    matchingGroups(knex, filters).count<{ count: string }[]>({ count: "*" }),
  ])
  return { rows: (rows as CatalogGroupRow[]).map((r) => ({ ...r, id: Number(r.id) })), total: Number(count) }
}

/**
 * The offers of these product groups deliverable to the country, with what a catalog product
 * shows of its variant (title, rank, options, metadata, price set): one statement, rows bounded
 * by the groups' variants.
 */
export async function loadCatalogOffers(knex: Knex, productIds: string[], country: string): Promise<CatalogOfferRow[]> {
  if (!productIds.length) return []
  const rows = await offeredVariants(knex, country)
    .leftJoin("product_variant_price_set as vps", function () {
      this.on("vps.variant_id", "v.id").andOnNull("vps.deleted_at")
    })
    .whereIn("o.product_id", productIds)
    .select(
      "o.id",
      "o.catalog_number",
      "o.variant_id",
      "o.product_id",
      "o.available_countries",
      "o.has_keyboard",
      "o.keyboard_layouts",
      "o.lease_term_months",
      "o.lease_terms_months",
      "o.leasable",
      "o.purchasable",
      "v.title as variant_title",
      "v.sku",
      "v.variant_rank",
      "v.metadata as variant_metadata",
      "v.thumbnail",
      "vps.price_set_id",
      knex.raw(
        `coalesce((
           select json_agg(json_build_object('title', po.title, 'value', pov.value) order by po.title)
             from product_variant_option pvo
             join product_option_value pov on pov.id = pvo.option_value_id and pov.deleted_at is null
             join product_option po on po.id = pov.option_id and po.deleted_at is null
            where pvo.variant_id = v.id
         ), '[]'::json) as options`
      )
    )
  return rows.map((r: CatalogOfferRow) => ({ ...r, catalog_number: Number(r.catalog_number) }))
}
