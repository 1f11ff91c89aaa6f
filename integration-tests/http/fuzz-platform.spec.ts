import { fuzzRequests } from "../helpers/fuzz-requests"
import { companyHeaders, createCart, iphoneItem } from "../helpers/leasing-cart"
import { INTERNAL_WORDS, storeState } from "../helpers/request-state"
import { leasingSuite } from "../helpers/leasing-suite"

// Hundreds of requests with one token: lift the per-credential limit for this file only.
const previousLimit = process.env.LEASING_RATE_LIMIT_PER_MINUTE
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"
afterAll(() => {
  if (previousLimit === undefined) delete process.env.LEASING_RATE_LIMIT_PER_MINUTE
  else process.env.LEASING_RATE_LIMIT_PER_MINUTE = previousLimit
})

const SEED = 0x1ea5e
const COUNT = 600
const TIME_BUDGET_MS = 150_000

jest.setTimeout(TIME_BUDGET_MS + 120_000)

leasingSuite(({ api, getContainer, demo }) => {
  it(`answers ${COUNT} seeded bad requests on the platform's routes with 4xx only and leaves the cart as it was`, async () => {
    const container = getContainer()
    const cartId = await createCart(api, demo)
    const item = await iphoneItem(container)
    const filled = await api.patch(`/store/carts/${cartId}`, { order_items: [item, item] }, companyHeaders(demo))
    expect(filled.status).toBe(200)
    const before = await storeState(container, cartId)

    const requests = fuzzRequests(
      SEED,
      COUNT,
      { cartId, productId: Number(item.product_id) },
      companyHeaders(demo).headers
    )
    const deadline = Date.now() + TIME_BUDGET_MS
    const statuses = new Map<number, number>()
    const codes = new Map<string, number>()
    const wrong: string[] = []
    let sent = 0
    for (const r of requests) {
      if (Date.now() > deadline) break
      const response = await api.request({
        method: r.method,
        url: r.url,
        data: r.body,
        headers: r.headers,
        transformRequest: [(data: unknown) => data],
        validateStatus: () => true,
        maxBodyLength: Infinity,
      })
      sent++
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      const body = response.data
      const code = `${response.status} ${body?.error ?? ""}`.trim()
      codes.set(code, (codes.get(code) ?? 0) + 1)
      const refused = response.status >= 400
      const problem =
        response.status >= 500
          ? "a 5xx"
          : r.method === "PATCH" && !refused
            ? "a PATCH that was accepted"
            : refused &&
                (typeof body !== "object" ||
                  Object.keys(body ?? {})
                    .sort()
                    .join() !== "error,message")
              ? "not {error, message}"
              : refused && INTERNAL_WORDS.test(String(body.message))
                ? "an internal message"
                : null
      if (problem)
        wrong.push(
          `#${sent} ${r.kind} ${r.method} ${r.url.slice(0, 80)} -> ${response.status} (${problem}) ${JSON.stringify(body).slice(0, 200)}`
        )
    }

    expect(wrong).toEqual([])
    expect(sent).toBeGreaterThanOrEqual(500)
    // Most requests are refused; the GETs of real records with odd queries may answer 200.
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true)
    expect(await storeState(container, cartId)).toEqual(before)
    // The platform's view, through the PATCH that re-sends the same devices (changes nothing).
    const again = await api.patch(`/store/carts/${cartId}`, { order_items: [item, item] }, companyHeaders(demo))
    expect(again.data).toEqual(filled.data)
    expect((await storeState(container, cartId)).cart.items).toEqual(before.cart.items)
    console.info(
      `fuzz: seed ${SEED}, ${sent} requests, answers ${JSON.stringify(Object.fromEntries([...codes].sort()))}`
    )
  })
})
