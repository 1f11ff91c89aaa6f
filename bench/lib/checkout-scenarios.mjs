// Checkout scenarios (issue #22): the plugin's validate of a cart of N leased devices against
// stock Medusa's `POST /store/carts/:id/complete` of a cart of N plain items. A checkout is
// one-shot (a cart becomes an order once), so each scenario prepares a pool of ready carts
// before it is measured and every request checks out a fresh one (see measureOneShot).
import { settings } from "./config.mjs"
import { orderItems } from "./fixtures.mjs"

const json = (demo, extra = {}) => ({
  "content-type": "application/json",
  "x-publishable-api-key": demo.publishableKey,
  ...extra,
})

async function call(baseUrl, method, path, headers, body) {
  const res = await fetch(baseUrl + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/** What any storefront does before checkout, on both servers: the demo's FR courier and a system-provider payment session. */
async function shipAndPay(baseUrl, demo, cartId, headers) {
  await call(baseUrl, "POST", `/store/carts/${cartId}/shipping-methods`, headers, { option_id: demo.shippingOptionId })
  const { payment_collection } = await call(baseUrl, "POST", "/store/payment-collections", headers, { cart_id: cartId })
  await call(baseUrl, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, headers, {
    provider_id: "pp_system_default",
  })
}

/** A stock cart of `n` plain lines (one priced variant; distinct metadata keeps the lines apart, as core merges equal ones). */
async function readyPlainCart(baseUrl, demo, n) {
  const headers = json(demo)
  const items = Array.from({ length: n }, (_, slot) => ({
    variant_id: demo.plainVariantId,
    quantity: 1,
    metadata: { slot },
  }))
  const { cart } = await call(baseUrl, "POST", "/store/carts", headers, {
    region_id: demo.regionId,
    email: "bench@leasing.test",
    items,
  })
  await shipAndPay(baseUrl, demo, cart.id, headers)
  return cart.id
}

/** A company cart of `n` leased devices, claimed by Acme's WRITE token through the platform PATCH. */
async function readyLeasingCart(baseUrl, demo, n) {
  const headers = json(demo, { authorization: `Bearer ${demo.companyToken}` })
  const { cart } = await call(baseUrl, "POST", "/store/carts", json(demo), { region_id: demo.regionId })
  await call(baseUrl, "PATCH", `/store/carts/${cart.id}`, headers, {
    purchaser_id: demo.purchaserNumber,
    order_items: orderItems(demo.offers, n, "LEASING"),
  })
  await shipAndPay(baseUrl, demo, cart.id, headers)
  return cart.id
}

const complete = (demo) => (cartId) => ({
  method: "POST",
  path: `/store/carts/${cartId}/complete`,
  headers: json(demo),
  body: "{}",
})
const validate = (demo) => (cartId) => ({
  method: "POST",
  path: `/store/carts/${cartId}/validate`,
  headers: json(demo, { authorization: `Bearer ${demo.companyToken}` }),
  body: JSON.stringify({ purchaser_id: demo.purchaserNumber }),
})

/** Core answers 200 with `{type: "cart", error}` when a completion fails: only an order counts. */
const placedOrder = (body) => body.startsWith('{"type":"order"')
const validated = (body) => /"order_id"/.test(body)

export const CHECKOUT_SCENARIOS = settings.devices.flatMap((n) => [
  {
    id: `k-complete-${n}`,
    group: "checkout",
    server: "stock",
    label: `stock POST /complete, ${n} plain items`,
    vs: null,
    oneShot: { ready: (baseUrl, demo) => readyPlainCart(baseUrl, demo, n), request: complete, succeeded: placedOrder },
  },
  {
    id: `k-validate-${n}`,
    group: "checkout",
    server: "plugin",
    label: `plugin validate, ${n} leased devices`,
    vs: `k-complete-${n}`,
    auth: true,
    oneShot: { ready: (baseUrl, demo) => readyLeasingCart(baseUrl, demo, n), request: validate, succeeded: validated },
  },
])

/** Prepares `count` ready carts one after the other (never during a measured window) and returns their requests. */
export async function checkoutPool(scenario, baseUrl, demo, count) {
  const requests = []
  for (let i = 0; i < count; i++)
    requests.push(scenario.oneShot.request(demo)(await scenario.oneShot.ready(baseUrl, demo)))
  return requests
}
