import { companyHeaders, createCart, iphoneItem } from "../helpers/leasing-cart"
import { INTERNAL_WORDS, sqlDuring, stopScheduledJobs, storeState } from "../helpers/request-state"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

type Case = {
  name: string
  method: "GET" | "POST" | "PATCH" | "DELETE"
  /** `:cart` is replaced by the test cart's id. */
  url: string
  body?: string
  headers?: Record<string, string>
  status: number
  code: string
  /** The platform's `{error, message}` or Medusa's `{type, code, message}`. */
  shape: "platform" | "medusa"
  /** A well-formed JSON body of the wrong type: refused by validation, after the credentials. */
  validatedAfterAuth?: boolean
}

// Medusa checks the publishable key (and its sales channels) before any plugin middleware.
const PUBLISHABLE_KEY_LOOKUP = /from "(api_key|publishable_api_key_sales_channel)"/
const JSON_TYPE = { "content-type": "application/json" }
const CART = "/store/carts/:cart"

// Every way a request can be unreadable, on the platform's PATCH and the other plugin routes.
const CASES: Case[] = [
  {
    name: "malformed JSON",
    method: "PATCH",
    url: CART,
    body: '{"order_items": [',
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "platform",
  },
  {
    name: "the body null",
    method: "PATCH",
    url: CART,
    body: "null",
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "platform",
  },
  {
    name: "a JSON number",
    method: "PATCH",
    url: CART,
    body: "42",
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "platform",
  },
  {
    name: "a JSON array",
    method: "PATCH",
    url: CART,
    body: "[]",
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "platform",
    validatedAfterAuth: true,
  },
  {
    name: "a 150 KB body",
    method: "PATCH",
    url: CART,
    body: JSON.stringify({ purchaser_id: "x".repeat(150_000) }),
    headers: JSON_TYPE,
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    shape: "platform",
  },
  {
    name: "charset latin1",
    method: "PATCH",
    url: CART,
    body: "{}",
    headers: { "content-type": "application/json; charset=latin1" },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    shape: "platform",
  },
  {
    name: "an unknown charset",
    method: "PATCH",
    url: CART,
    body: "{}",
    headers: { "content-type": "application/json; charset=klingon" },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    shape: "platform",
  },
  {
    name: "text/plain",
    method: "PATCH",
    url: CART,
    body: '{"purchaser_id":1}',
    headers: { "content-type": "text/plain" },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    shape: "platform",
  },
  {
    name: "a form body",
    method: "PATCH",
    url: CART,
    body: "purchaser_id=1",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    shape: "platform",
  },
  {
    name: "content-encoding br",
    method: "PATCH",
    url: CART,
    body: "{}",
    headers: { ...JSON_TYPE, "content-encoding": "br" },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    shape: "platform",
  },
  {
    name: "a NUL in a body string",
    method: "PATCH",
    url: CART,
    body: '{"purchaser_id":"usr_\\u0000"}',
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "platform",
  },
  {
    name: "path %ff",
    method: "PATCH",
    url: "/store/carts/%ff",
    body: "{}",
    headers: JSON_TYPE,
    status: 404,
    code: "CART_NOT_FOUND",
    shape: "platform",
  },
  {
    name: "path %",
    method: "PATCH",
    url: "/store/carts/%",
    body: "{}",
    headers: JSON_TYPE,
    status: 404,
    code: "CART_NOT_FOUND",
    shape: "platform",
  },
  {
    name: "path with a NUL",
    method: "PATCH",
    url: "/store/carts/cart_%00x",
    body: '{"purchaser_id":1}',
    headers: JSON_TYPE,
    status: 404,
    code: "CART_NOT_FOUND",
    shape: "platform",
  },
  {
    name: "POST: path %ff",
    method: "POST",
    url: "/store/carts/%ff",
    body: "{}",
    headers: JSON_TYPE,
    status: 404,
    code: "CART_NOT_FOUND",
    shape: "medusa",
  },
  {
    name: "POST: path with a NUL",
    method: "POST",
    url: "/store/carts/cart_%00",
    body: "{}",
    headers: JSON_TYPE,
    status: 404,
    code: "CART_NOT_FOUND",
    shape: "medusa",
  },
  {
    name: "POST: a NUL in additional_data",
    method: "POST",
    url: CART,
    body: '{"additional_data":{"purchaser_id":"\\u0000"}}',
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "medusa",
  },
  {
    name: "GET cart: path %ff",
    method: "GET",
    url: "/store/leasing/carts/%ff",
    status: 404,
    code: "CART_NOT_FOUND",
    shape: "platform",
  },
  {
    name: "GET cart: path with a NUL",
    method: "GET",
    url: "/store/leasing/carts/cart_%00",
    status: 404,
    code: "CART_NOT_FOUND",
    shape: "platform",
  },
  {
    name: "GET user: path with a NUL",
    method: "GET",
    url: "/store/leasing/users/%00",
    status: 404,
    code: "NOT_FOUND",
    shape: "platform",
  },
  {
    name: "GET pricing: path %",
    method: "GET",
    url: "/store/leasing/catalog/products/%/pricing?delivery_country=FR",
    status: 404,
    code: "NOT_FOUND",
    shape: "platform",
  },
  {
    name: "GET catalog: NUL in the query",
    method: "GET",
    url: "/store/leasing/catalog/product-groups?delivery_country=F%00",
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "platform",
  },
  {
    name: "an unknown platform route",
    method: "GET",
    url: "/store/leasing/nope",
    status: 404,
    code: "NOT_FOUND",
    shape: "platform",
  },
  {
    name: "an empty path parameter",
    method: "GET",
    url: "/store/leasing/catalog/products//pricing?delivery_country=FR",
    status: 404,
    code: "NOT_FOUND",
    shape: "platform",
  },
  {
    name: "a method no route serves",
    method: "DELETE",
    url: "/store/leasing/company",
    status: 404,
    code: "NOT_FOUND",
    shape: "platform",
  },
  {
    name: "POST user: malformed JSON",
    method: "POST",
    url: "/store/leasing/users",
    body: "{",
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "platform",
  },
  {
    name: "POST user: text/plain",
    method: "POST",
    url: "/store/leasing/users",
    body: "{}",
    headers: { "content-type": "text/plain" },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    shape: "platform",
  },
  {
    name: "POST user: a NUL in a name",
    method: "POST",
    url: "/store/leasing/users",
    body: JSON.stringify({ first_name: "A\u0000", last_name: "B", email: "nul@example.com", role: "EMPLOYEE" }),
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "platform",
  },
]

const ADMIN_CASES: Case[] = [
  {
    name: "admin GET company: path %ff",
    method: "GET",
    url: "/admin/leasing/companies/%ff",
    status: 404,
    code: "NOT_FOUND",
    shape: "medusa",
  },
  {
    name: "admin GET company: path with a NUL",
    method: "GET",
    url: "/admin/leasing/companies/lcomp_%00",
    status: 404,
    code: "NOT_FOUND",
    shape: "medusa",
  },
  {
    name: "admin POST offer: path %",
    method: "POST",
    url: "/admin/leasing/variants/%/offer",
    body: "{}",
    headers: JSON_TYPE,
    status: 404,
    code: "NOT_FOUND",
    shape: "medusa",
  },
  {
    name: "admin POST company: a NUL in the name",
    method: "POST",
    url: "/admin/leasing/companies",
    body: JSON.stringify({ name: "Evil\u0000Corp" }),
    headers: JSON_TYPE,
    status: 400,
    code: "VALIDATION_ERROR",
    shape: "medusa",
  },
]

leasingSuite(({ api, getContainer, demo }) => {
  let cartId = ""
  // The spec counts the SQL a request runs: no background job may add to it.
  beforeAll(() => stopScheduledJobs())
  beforeEach(async () => {
    cartId = await createCart(api, demo)
    const filled = await api.patch(
      `/store/carts/${cartId}`,
      { order_items: [await iphoneItem(getContainer())] },
      companyHeaders(demo)
    )
    expect(filled.status).toBe(200)
  })

  const send = (c: Case, headers: Record<string, string>) =>
    api.request({
      method: c.method,
      url: c.url.replace(":cart", cartId),
      data: c.body,
      headers: { ...headers, ...c.headers },
      // The body goes out byte for byte, and every status comes back as a response.
      transformRequest: [(data: unknown) => data],
      validateStatus: () => true,
    })

  const check = async (c: Case, headers: Record<string, string>) => {
    const container = getContainer()
    const before = await storeState(container, cartId)
    let response: any
    const sql = await sqlDuring(container, async () => {
      response = await send(c, headers)
    })

    expect({ status: response.status, code: response.data?.error ?? response.data?.code }).toEqual({
      status: c.status,
      code: c.code,
    })
    if (c.shape === "platform") {
      expect(Object.keys(response.data).sort()).toEqual(["error", "message"])
    } else {
      expect(response.data).toEqual({ type: expect.any(String), code: c.code, message: expect.any(String) })
    }
    expect(response.data.message).toMatch(/\w+ .*\w/)
    expect(response.data.message).not.toMatch(INTERNAL_WORDS)
    if (!c.validatedAfterAuth) {
      // Refused before any plugin code queried: at most core's publishable-key lookup ran.
      expect(sql.filter((statement) => !PUBLISHABLE_KEY_LOOKUP.test(statement))).toEqual([])
    }
    expect(await storeState(container, cartId)).toEqual(before)
  }

  describe("store routes", () => {
    it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      await check(c, companyHeaders(demo).headers)
    })
  })

  describe("admin routes", () => {
    it.each(ADMIN_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      await check(c, demo.adminHeaders.headers)
    })
  })

  it("keeps Medusa's answer to a malformed body on the Medusa contract's cart update (no 500, core's shape)", async () => {
    const before = await storeState(getContainer(), cartId)
    const response = await send(
      {
        name: "",
        method: "POST",
        url: CART,
        body: '{"email":',
        headers: JSON_TYPE,
        status: 400,
        code: "",
        shape: "medusa",
      },
      companyHeaders(demo).headers
    )
    expect(response.status).toBe(400)
    expect(response.data).toEqual({ type: "invalid_data", message: expect.any(String) })
    expect(await storeState(getContainer(), cartId)).toEqual(before)
  })

  it("still serves a valid update after every refusal (the guard lets good requests through)", async () => {
    const response = await api.patch(
      `/store/carts/${cartId}`,
      { order_items: [await iphoneItem(getContainer()), await iphoneItem(getContainer())] },
      companyHeaders(demo)
    )
    expect(response.status).toBe(200)
    expect(response.data.data.num_devices).toBe(2)
    const state = await storeState(getContainer(), cartId)
    expect(state.cart.items).toHaveLength(2)
  })
})
