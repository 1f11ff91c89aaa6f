// What the scenarios send: the demo's publishable key, EUR region, catalog devices and the
// Acme WRITE demo token (read from the seeded database), and carts created through the Store API.
import { DEMO_WRITE_TOKEN_SEED, demoApiTokenSecret, hashApiTokenSecret } from "../../scripts/lib/demo-api-token.mjs"

const DELIVERY_COUNTRY = "FR"
const PREFERRED_LAYOUT = "FRENCH_AZERTY"
const asArray = (v) => (Array.isArray(v) ? v : typeof v === "string" ? JSON.parse(v) : [])

/** Reads the seeded demo: names and titles come from src/scripts/demo/*. */
export async function loadDemo(db) {
  const [key] = await db.query(
    "select token from api_key where title = 'Leasing storefront key' and type = 'publishable' and revoked_at is null and deleted_at is null limit 1"
  )
  const [region] = await db.query("select id from region where currency_code = 'eur' and deleted_at is null limit 1")
  const token = demoApiTokenSecret(DEMO_WRITE_TOKEN_SEED)
  const [tokenRow] = await db.query(
    "select id from leasing_api_token where token_hash = $1 and scope = 'WRITE' and revoked_at is null and deleted_at is null",
    [hashApiTokenSecret(token)]
  )
  const offers = (
    await db.query(
      "select catalog_number, has_keyboard, keyboard_layouts, available_countries, leasable, purchasable from leasing_offer where deleted_at is null order by catalog_number"
    )
  )
    .map((o) => ({
      ...o,
      keyboard_layouts: asArray(o.keyboard_layouts),
      available_countries: asArray(o.available_countries),
    }))
    // Both leasable and purchasable: the scenarios alternate the two modes (see bench/run.mjs).
    .filter((o) => o.leasable && o.purchasable && o.available_countries.includes(DELIVERY_COUNTRY))
  if (!key || !region || !tokenRow || !offers.length) {
    throw new Error(
      `The seeded demo is incomplete (publishable key: ${!!key}, EUR region: ${!!region}, Acme WRITE token: ${!!tokenRow}, leasable and purchasable FR offers: ${offers.length})`
    )
  }
  // Checkout scenarios: Acme's first user buys, and every cart ships with the demo's FR courier.
  const [purchaser] = await db.query(
    "select u.number from leasing_company_user u join leasing_api_token t on t.company_id = u.company_id where t.id = $1 and u.deleted_at is null order by u.number limit 1",
    [tokenRow.id]
  )
  const [shipping] = await db.query(
    "select id from shipping_option where name = 'Express courier (France)' and deleted_at is null limit 1"
  )
  return {
    publishableKey: key.token,
    regionId: region.id,
    companyToken: token,
    offers,
    plainVariantId: await plainPricedVariant(db),
    purchaserNumber: Number(purchaser?.number),
    shippingOptionId: shipping?.id,
  }
}

/**
 * A demo device with a plain EUR price (no rule), so that stock Medusa's add-to-cart can price it
 * for the anchor scenario. The demo's own prices all carry an acquisition-mode rule.
 */
async function plainPricedVariant(db) {
  const [row] = await db.query(
    `select v.id as variant_id, link.price_set_id from product_variant v
       join product_variant_price_set link on link.variant_id = v.id and link.deleted_at is null
      where v.sku = 'IP16-128' and v.deleted_at is null`
  )
  await db.query(
    `insert into price (id, price_set_id, currency_code, amount, raw_amount, rules_count, created_at, updated_at)
     values ('price_bench_plain_eur', $1, 'eur', 969, '{"value": "969", "precision": 20}', 0, now(), now())
     on conflict (id) do nothing`,
    [row.price_set_id]
  )
  return row.variant_id
}

/** `order_items` with `count` devices: the FR catalog in turn, a layout only for keyboard devices. */
export function orderItems(offers, count, acquisition_mode = "LEASING") {
  return Array.from({ length: count }, (_, i) => {
    const offer = offers[i % offers.length]
    const item = { product_id: offer.catalog_number, delivery_country: DELIVERY_COUNTRY, acquisition_mode }
    if (offer.has_keyboard) {
      item.keyboard_layout = offer.keyboard_layouts.includes(PREFERRED_LAYOUT)
        ? PREFERRED_LAYOUT
        : offer.keyboard_layouts[0]
    }
    return item
  })
}

/** Creates `count` empty EUR carts on a server through `POST /store/carts`. */
export async function createCarts(baseUrl, demo, count) {
  const ids = []
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${baseUrl}/store/carts`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": demo.publishableKey },
      body: JSON.stringify({ region_id: demo.regionId }),
      signal: AbortSignal.timeout(30_000),
    })
    const body = await res.text()
    if (!res.ok) throw new Error(`POST /store/carts answered ${res.status}: ${body.slice(0, 300)}`)
    ids.push(JSON.parse(body).cart.id)
  }
  return ids
}
