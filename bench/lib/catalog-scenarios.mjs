// The store catalog's scenarios (issue #15): the same requests at the demo's size and at a
// large catalog's, in one run, so that their ratio says whether a page's cost grows with the
// catalog. The demo's groups stay the first page at both sizes (see large-catalog.mjs), so
// `cat-large` serves the very page `cat-demo` does; `cat-large-deep` and `cat-large-filtered`
// show pages of the large catalog itself (5 groups x 5 variants, more than the demo's page).
import { settings } from "./config.mjs"
import { orderItems } from "./fixtures.mjs"
import { removeLargeCatalog, seedLargeCatalog } from "./large-catalog.mjs"

const PAGE = "/store/leasing/catalog/product-groups?delivery_country=FR&limit=5"

/** The pricing route for the first demo device, as a cart would price it. */
function pricingPath(demo) {
  const [item] = orderItems(demo.offers, 1, "LEASING")
  const params = new URLSearchParams({ delivery_country: item.delivery_country, acquisition_mode: "LEASING" })
  if (item.keyboard_layout) params.set("keyboard_layout", item.keyboard_layout)
  return `/store/leasing/catalog/products/${item.product_id}/pricing?${params}`
}

const base = { group: "catalog", server: "plugin", carts: 0 }
export const CATALOG_SCENARIOS = [
  {
    ...base,
    id: "cat-demo",
    label: "catalog page (5 groups), demo catalog",
    catalog: "demo",
    path: () => PAGE,
    vs: null,
    warms: true,
  },
  {
    ...base,
    id: "pricing-demo",
    label: "pricing route, demo catalog",
    catalog: "demo",
    path: pricingPath,
    vs: null,
    warms: true,
  },
  {
    ...base,
    id: "cat-large",
    label: "catalog page (5 groups), large catalog",
    catalog: "large",
    path: () => PAGE,
    vs: "cat-demo",
  },
  {
    ...base,
    id: "cat-large-deep",
    label: "catalog page at offset 1000, large catalog",
    catalog: "large",
    path: () => `${PAGE}&offset=1000`,
    vs: "cat-demo",
  },
  {
    ...base,
    id: "cat-large-filtered",
    label: "catalog COMPUTER + apple + search 512, large",
    catalog: "large",
    path: () => `${PAGE}&category=COMPUTER&brand=apple&search=512&offset=100`,
    vs: "cat-demo",
  },
  {
    ...base,
    id: "pricing-large",
    label: "pricing route, large catalog",
    catalog: "large",
    path: pricingPath,
    vs: "pricing-demo",
  },
]

/** Switches the bench database between the demo's catalog and the large one. */
export class CatalogSize {
  constructor(db, log) {
    this.db = db
    this.log = log
    this.current = null
  }

  async set(name) {
    if (this.current?.name === name) return
    const t = Date.now()
    const counts =
      name === "large"
        ? await seedLargeCatalog(this.db, {
            groups: settings.catalogGroups,
            variantsPerGroup: settings.catalogVariantsPerGroup,
          })
        : await removeLargeCatalog(this.db)
    this.current = { name, ...counts }
    this.log(
      `catalog at the ${name} size: ${counts.groups} groups, ${counts.variants} variants, ${counts.prices} prices, ${counts.price_rules} price rules (${((Date.now() - t) / 1000).toFixed(1)} s)`
    )
  }
}
