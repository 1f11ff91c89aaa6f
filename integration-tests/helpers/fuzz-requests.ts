/**
 * A seeded generator of bad requests for the platform's routes: malformed JSON, wrong types,
 * huge strings, odd content types and odd paths, plus bodies that pass validation but name
 * records that cannot exist. Deterministic: the same seed gives the same requests.
 */
export type FuzzRequest = {
  method: "GET" | "PATCH"
  url: string
  headers: Record<string, string>
  body?: string
  kind: string
}
export type FuzzTargets = { cartId: string; productId: number }

/** mulberry32: a tiny, well-known 32-bit PRNG; enough to spread cases, reproducible by seed. */
export function prng(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]
  return { next, int, pick }
}
type Rand = ReturnType<typeof prng>

// Values of every JSON type that no field of the contract accepts as they are, or that name
// nothing (ids far beyond the demo's, ids with a made-up suffix).
const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0.5,
  1e308,
  2147483648,
  9007199254740993,
  -2147483649,
  "",
  " ",
  "0",
  "-1",
  "1.0",
  "abc",
  "usr_",
  "cart_",
  "lcusr_nope",
  "variant_nope",
  "\u0000",
  "A\u0000B",
  "😀",
  "%ff",
  "../..",
  "' OR 1=1 --",
  "<script>",
  "\\u0000",
  [],
  {},
  [1, 2],
  { a: 1 },
  [[[[[]]]]],
  { order_items: [] },
]
const NO_RECORD: unknown[] = [
  999_999_999,
  2_147_483_647,
  2_147_483_648,
  "usr_01FUZZFUZZFUZZ",
  "lcadr_01FUZZ",
  "variant_01FUZZ",
]
const COUNTRIES = ["FR", "fr", "XX", "JP", "F", "FRA", "", "ZZ", "DE", "CH"]
const CONTENT_TYPES = [
  "application/json; charset=latin1",
  "application/json; charset=utf-16",
  "application/json; charset=klingon",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/merge-patch+json",
  "application/octet-stream",
  "",
  "garbage",
]
// ("%2e%2e" is left out: the HTTP client resolves it before sending, as browsers do.)
const PATH_IDS = [
  "%ff",
  "%",
  "%00",
  "cart_%00",
  "%2F",
  "%E0%A4%A",
  "0",
  "-1",
  "01",
  "2147483648",
  "99999999999999999999",
  "1e3",
  "cart_" + "x".repeat(4000),
  "%F0%9F%98%80",
  "cart%20id",
  "null",
  "undefined",
]

const hugeString = (rand: Rand) => "x".repeat(rand.pick([1_000, 50_000, 99_000, 101_000, 150_000]))

function oddItem(rand: Rand, t: FuzzTargets): Record<string, unknown> {
  const item: Record<string, unknown> = { product_id: t.productId, delivery_country: "FR" }
  const field = rand.pick([
    "product_id",
    "delivery_country",
    "keyboard_layout",
    "user_id",
    "shipping_address_id",
    "acquisition_mode",
    "extra",
  ])
  const value =
    rand.next() < 0.5
      ? rand.pick(ODD_VALUES)
      : field === "delivery_country"
        ? rand.pick(COUNTRIES)
        : rand.pick(NO_RECORD)
  item[field === "extra" ? rand.pick(["quantity", "price", "__proto__", "constructor", "id"]) : field] = value
  // Every item is wrong somewhere; a second fault sometimes hides behind the first.
  if (field === "delivery_country" && (value === "FR" || value === "fr" || value === "DE" || value === "CH"))
    item.user_id = rand.pick(NO_RECORD)
  if (rand.next() < 0.3) item.keyboard_layout = rand.pick(["FRENCH_AZERTY", "klingon", "", null, 3])
  return item
}

/** One PATCH body that must be refused: [kind, raw text]. */
function patchBody(rand: Rand, t: FuzzTargets): [string, string] {
  const valid = JSON.stringify({ order_items: [{ product_id: t.productId, delivery_country: "FR" }] })
  switch (rand.int(8)) {
    case 0:
      return ["truncated JSON", valid.slice(0, 1 + rand.int(valid.length - 2))]
    case 1:
      return [
        "random bytes",
        Array.from({ length: 1 + rand.int(64) }, () => String.fromCharCode(rand.int(256))).join(""),
      ]
    case 2:
      return ["JSON scalar", JSON.stringify(rand.pick([null, 0, "x", true, [], [valid]]))]
    case 3:
      return [
        "wrong top-level types",
        JSON.stringify({ purchaser_id: rand.pick(ODD_VALUES), order_items: rand.pick(ODD_VALUES) }),
      ]
    case 4:
      return [
        "huge string",
        JSON.stringify({
          purchaser_id: rand.pick(NO_RECORD),
          order_items: [{ product_id: hugeString(rand), delivery_country: "FR" }],
        }),
      ]
    case 5:
      return [
        "odd items",
        JSON.stringify({ order_items: Array.from({ length: 1 + rand.int(3) }, () => oddItem(rand, t)) }),
      ]
    case 6:
      return ["unknown purchaser", JSON.stringify({ purchaser_id: rand.pick(NO_RECORD) })]
    default:
      return ["deep nesting", "[".repeat(5_000 + rand.int(5_000)) + "]".repeat(5_000)]
  }
}

/** `count` requests against the cart's PATCH and the platform's GET routes. */
export function fuzzRequests(seed: number, count: number, t: FuzzTargets, auth: Record<string, string>): FuzzRequest[] {
  const rand = prng(seed)
  const json = { ...auth, "content-type": "application/json" }
  return Array.from({ length: count }, (): FuzzRequest => {
    const roll = rand.next()
    if (roll < 0.55) {
      const [kind, body] = patchBody(rand, t)
      return { method: "PATCH", url: `/store/carts/${t.cartId}`, headers: json, body, kind: `PATCH ${kind}` }
    }
    if (roll < 0.65) {
      const type = rand.pick(CONTENT_TYPES)
      const headers: Record<string, string> = { ...auth, ...(type ? { "content-type": type } : {}) }
      return {
        method: "PATCH",
        url: `/store/carts/${t.cartId}`,
        headers,
        body: '{"purchaser_id":999999999}',
        kind: `PATCH content-type ${type || "(none)"}`,
      }
    }
    if (roll < 0.8) {
      const id = rand.pick(PATH_IDS)
      const route = rand.pick([
        "/store/carts/ID",
        "/store/leasing/carts/ID",
        "/store/leasing/users/ID",
        "/store/leasing/company/addresses/ID",
        "/store/leasing/catalog/products/ID/pricing?delivery_country=FR",
      ])
      const method = route === "/store/carts/ID" ? "PATCH" : "GET"
      return {
        method,
        url: route.replace("ID", id),
        headers: json,
        body: method === "PATCH" ? '{"purchaser_id":1}' : undefined,
        kind: `${method} odd path`,
      }
    }
    // Query strings of the catalog and pricing routes.
    const param = () =>
      encodeURIComponent(String(rand.pick([...ODD_VALUES, ...COUNTRIES, hugeString(rand).slice(0, 3000)])))
    const url = rand.pick([
      () => `/store/leasing/catalog/product-groups?delivery_country=${param()}&limit=${param()}&offset=${param()}`,
      () =>
        `/store/leasing/catalog/products/${t.productId}/pricing?delivery_country=${param()}&acquisition_mode=${param()}&keyboard_layout=${param()}`,
      () => `/store/leasing/catalog/products/${param()}/pricing?delivery_country=FR&currency_code=${param()}`,
      () => `/store/leasing/users?limit=${param()}&role=${param()}`,
      () => `/store/leasing/catalog/product-groups?delivery_country=FR&delivery_country=DE&currency_code[a]=1`,
    ])()
    return { method: "GET", url, headers: auth, kind: "GET odd query" }
  })
}
