import { DEMO_ADMIN } from "../../src/scripts/demo/demo-config"
import { leasingSuite } from "../helpers/leasing-suite"
import { failure } from "../helpers/demo-fixture"
import { signUpCustomer } from "../helpers/store-customer"
import { demoVariant } from "../helpers/catalog"
import { FR_ADDRESS, companyHeaders, createCart, iphoneItem, prepareCheckout } from "../helpers/leasing-cart"

jest.setTimeout(300_000)

type Answer = { status: number; data: any }
const answer = (request: Promise<any>): Promise<Answer> =>
  request.then(
    (r) => ({ status: r.status, data: r.data }),
    (e) => {
      if (!e.response) throw e
      return { status: e.response.status, data: e.response.data }
    }
  )

/**
 * Issue 19's holes, each tried the way an attacker would: every request is refused and the
 * database is exactly as before (cart, lines, quantities, orders, returns, transfer requests).
 */
leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const acme = () => demo.companies.acme

  /** Acme's cart with one leased device and a French address; its line id and integer id. */
  async function acmeCart() {
    const cartId = await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS, email: "buyer@acme.test" })
    const patched = await api.patch(
      `/store/carts/${cartId}`,
      { purchaser_id: acme().users[0].number, order_items: [await iphoneItem(getContainer())] },
      companyHeaders(demo)
    )
    expect(patched.status).toBe(200)
    const lineId = (
      await dbConnection.raw("select id from cart_line_item where cart_id = ? and deleted_at is null", [cartId])
    ).rows[0].id
    const number = (await dbConnection.raw("select order_number from leasing_cart where cart_id = ?", [cartId])).rows[0]
      .order_number
    return { cartId, lineId, number: Number(number) }
  }

  /** Acme's validated order (one leased iPhone): the Medusa order id. */
  async function acmeOrder() {
    const { cartId } = await acmeCart()
    await prepareCheckout(api, getContainer(), cartId, companyHeaders(demo))
    const validated = await api.post(
      `/store/carts/${cartId}/validate`,
      { purchaser_id: acme().users[0].number },
      companyHeaders(demo)
    )
    expect(validated.status).toBe(200)
    const orderId = (await dbConnection.raw("select order_id from leasing_cart where cart_id = ?", [cartId])).rows[0]
      .order_id as string
    const itemId = (
      await dbConnection.raw(
        "select li.id from order_line_item li join order_item oi on oi.item_id = li.id where oi.order_id = ? limit 1",
        [orderId]
      )
    ).rows[0].id
    return { orderId, itemId }
  }

  /** Everything a refused request could have changed, as digests of the rows. */
  async function databaseState(cartId?: string) {
    const digest = (sql: string) =>
      `(select md5(coalesce(string_agg(row_to_json(t)::text, ',' order by t.id), '')) from (${sql}) t)`
    const { rows } = await dbConnection.raw(
      `select ${digest("select * from cart")} as carts,
              ${digest("select * from cart_line_item")} as lines,
              ${digest("select * from leasing_cart")} as leasing_carts,
              ${digest('select * from "order"')} as orders,
              ${digest("select * from order_item")} as order_items,
              ${digest('select * from "return"')} as returns,
              ${digest("select * from order_change")} as order_changes,
              ${digest("select * from leasing_company")} as companies,
              ${cartId ? `(select string_agg(quantity::text, ',') from cart_line_item where cart_id = '${cartId}')` : "null"} as quantities`
    )
    return rows[0]
  }

  describe("1. letter case and encoding do not get past the guards", () => {
    it.each([
      ["upper-case LINE-ITEMS", (c: string, l: string) => `/store/carts/${c}/LINE-ITEMS/${l}`],
      ["mixed-case Line-Items", (c: string, l: string) => `/store/carts/${c}/Line-Items/${l}`],
      ["mixed-case prefix", (c: string, l: string) => `/Store/Carts/${c}/line-items/${l}`],
    ])(
      "%s: the owner's WRITE token cannot change a device line's quantity (409, nothing changed)",
      async (_name, path) => {
        const { cartId, lineId } = await acmeCart()
        const before = await databaseState(cartId)
        const response = await answer(api.post(path(cartId, lineId), { quantity: 20 }, companyHeaders(demo)))
        expect({ status: response.status, code: response.data.code }).toEqual({
          status: 409,
          code: "DEVICE_LINE_READ_ONLY",
        })
        const removed = await answer(api.delete(path(cartId, lineId), companyHeaders(demo)))
        expect({ status: removed.status, code: removed.data.code }).toEqual({
          status: 409,
          code: "DEVICE_LINE_READ_ONLY",
        })
        expect(await databaseState(cartId)).toEqual(before)
      }
    )

    it("an encoded path segment is checked as its decoded form: refused, nothing changed", async () => {
      const { cartId, lineId } = await acmeCart()
      const before = await databaseState(cartId)
      const response = await answer(
        api.post(`/store/carts/${cartId}/line%2Ditems/${lineId}`, { quantity: 20 }, companyHeaders(demo))
      )
      expect({ status: response.status, code: response.data.code }).toEqual({
        status: 409,
        code: "DEVICE_LINE_READ_ONLY",
      })
      expect(await databaseState(cartId)).toEqual(before)
    })

    it("metadata.leasing is refused on cart creation (items and cart) and on every line-item route, in any letter case", async () => {
      const variantId = (await demoVariant(getContainer(), "IP16-128")).id
      const forged = { leasing: { acquisition_mode: "LEASING", lease_term_months: 36, monthly_rent: 1 } }
      const plainCart = await createCart(api, demo)
      const before = await databaseState(plainCart)
      const attempts: [string, () => Promise<any>][] = [
        [
          "create with a forged item",
          () =>
            api.post(
              "/store/carts",
              { region_id: demo.regions.eur.id, items: [{ variant_id: variantId, quantity: 1, metadata: forged }] },
              demo.storeHeaders
            ),
        ],
        [
          "create with leasing metadata",
          () => api.post("/store/carts", { region_id: demo.regions.eur.id, metadata: forged }, demo.storeHeaders),
        ],
        [
          "add a forged line",
          () =>
            api.post(
              `/store/carts/${plainCart}/line-items`,
              { variant_id: variantId, quantity: 1, metadata: forged },
              demo.storeHeaders
            ),
        ],
        [
          "add a forged line, upper case",
          () =>
            api.post(
              `/store/carts/${plainCart}/LINE-ITEMS`,
              { variant_id: variantId, quantity: 1, metadata: forged },
              demo.storeHeaders
            ),
        ],
        [
          "forge an existing line",
          () =>
            api.post(
              `/store/carts/${plainCart}/line-items/cali_nope`,
              { quantity: 1, metadata: forged },
              demo.storeHeaders
            ),
        ],
      ]
      for (const [name, request] of attempts) {
        const response = await answer(request())
        expect({ name, status: response.status, code: response.data.code }).toEqual({
          name,
          status: 400,
          code: "VALIDATION_ERROR",
        })
        expect(response.data.message).toMatch(/metadata\.leasing is reserved/)
      }
      expect(await databaseState(plainCart)).toEqual(before)
    })

    it("checkout refuses a device line whose quantity is not 1 (409 CART_INCONSISTENT, no order)", async () => {
      const { cartId, lineId } = await acmeCart()
      await prepareCheckout(api, getContainer(), cartId, companyHeaders(demo))
      // However a line came to hold 20 devices (a route we did not foresee, a direct write), checkout must not turn it into one contract.
      await dbConnection.raw("update cart_line_item set quantity = 20 where id = ?", [lineId])
      const before = await databaseState(cartId)
      for (const [path, body] of [
        [`/store/carts/${cartId}/validate`, { purchaser_id: acme().users[0].number }],
        [`/store/carts/${cartId}/complete`, {}],
      ] as const) {
        const response = await failure(api.post(path, body, companyHeaders(demo)))
        expect(response.status).toBe(409)
        expect(response.data.error ?? response.data.code).toBe("CART_INCONSISTENT")
        expect(response.data.message).toMatch(/quantity is not 1/)
      }
      expect(await databaseState(cartId)).toEqual(before)
      expect((await dbConnection.raw("select count(*)::int as n from lease_contract")).rows[0].n).toBe(0)
    })

    it("/STORE/LEASING and /ADMIN/LEASING in any letter case get the plugin's guard and error bodies", async () => {
      const unknown = await answer(api.get("/STORE/LEASING/nothing-here", companyHeaders(demo)))
      expect(unknown).toEqual({ status: 404, data: { error: "NOT_FOUND", message: expect.any(String) } })
      const lower = await answer(api.get("/admin/leasing/companies/lcomp_nope", demo.adminHeaders))
      const upper = await answer(api.get("/ADMIN/LEASING/companies/lcomp_nope", demo.adminHeaders))
      expect(lower.status).toBe(404)
      expect(upper).toEqual(lower)
    })
  })

  describe("7. /admin/leasing writes accept JSON only", () => {
    it.each(["/admin/leasing/companies", "/ADMIN/Leasing/companies"])(
      "a form-encoded or text POST %s is refused with 415, nothing created",
      async (path) => {
        const before = await databaseState()
        for (const [type, body] of [
          ["application/x-www-form-urlencoded", "name=Evil%20Corp&email=evil%40example.test"],
          ["text/plain", '{"name":"Evil Corp"}'],
          [
            "multipart/form-data; boundary=x",
            '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nEvil\r\n--x--\r\n',
          ],
        ]) {
          const response = await answer(
            api.post(path, body, { headers: { ...demo.adminHeaders.headers, "content-type": type } })
          )
          expect({ type, status: response.status, code: response.data.code }).toEqual({
            type,
            status: 415,
            code: "UNSUPPORTED_MEDIA_TYPE",
          })
        }
        expect(await databaseState()).toEqual(before)
      }
    )

    it("a body-less POST without a media type passes only with an Authorization header (a script), not on the session cookie alone", async () => {
      const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
      const session = await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${login.data.token}` } })
      const cookie = String(session.headers["set-cookie"]?.[0] ?? "").split(";")[0]
      expect(cookie).toMatch(/=/)
      const before = await databaseState()
      // What a cross-site page can send with the admin's cookie: no body, no Content-Type.
      const viaCookie = await answer(
        api.post("/admin/leasing/companies", undefined, { headers: { cookie, "content-type": false } })
      )
      expect({ status: viaCookie.status, code: viaCookie.data.code }).toEqual({
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
      })
      // A script with a bearer token reaches the route (which then wants its fields).
      const viaScript = await answer(
        api.post("/admin/leasing/companies", undefined, {
          headers: { ...demo.adminHeaders.headers, "content-type": false },
        })
      )
      expect(viaScript.status).toBe(400)
      expect(await databaseState()).toEqual(before)
    })
  })

  describe("2. an order id is not a key to a company's order", () => {
    it("core's order, return and transfer routes answer a company's order to its own credentials only", async () => {
      const { orderId, itemId } = await acmeOrder()
      const stranger = await signUpCustomer(api, demo.publishableKey, "stranger@example.test")
      const strangerHeaders = demo.storeHeadersWith({ authorization: `Bearer ${stranger.token}` })
      const before = await databaseState()

      const outsiders: [string, { headers: Record<string, string> }][] = [
        ["publishable key only", demo.storeHeaders],
        ["a signed-in stranger", strangerHeaders],
        ["another company's WRITE token", companyHeaders(demo, "helvetia", "WRITE")],
      ]
      const requests: [string, (h: { headers: Record<string, string> }) => Promise<any>][] = [
        ["GET /store/orders/:id", (h) => api.get(`/store/orders/${orderId}`, h)],
        ["GET /STORE/ORDERS/:id", (h) => api.get(`/STORE/ORDERS/${orderId}`, h)],
        ["GET /store/orders/:id?fields=*items", (h) => api.get(`/store/orders/${orderId}?fields=*items,email`, h)],
        [
          "POST /store/orders/:id/transfer/request",
          (h) => api.post(`/store/orders/${orderId}/transfer/request`, {}, h),
        ],
        ["POST /store/orders/:id/transfer/cancel", (h) => api.post(`/store/orders/${orderId}/transfer/cancel`, {}, h)],
        [
          "POST /store/orders/:id/transfer/accept",
          (h) => api.post(`/store/orders/${orderId}/transfer/accept`, { token: "x" }, h),
        ],
        [
          "POST /store/orders/:id/transfer/decline",
          (h) => api.post(`/store/orders/${orderId}/transfer/decline`, { token: "x" }, h),
        ],
        [
          "POST /store/returns",
          (h) =>
            api.post(
              "/store/returns",
              { order_id: orderId, items: [{ id: itemId, quantity: 1 }], return_shipping: { option_id: "so_x" } },
              h
            ),
        ],
      ]
      for (const [who, headers] of outsiders) {
        for (const [route, send] of requests) {
          const response = await answer(send(headers))
          expect({ who, route, status: response.status, code: response.data.code }).toEqual({
            who,
            route,
            status: 404,
            code: "ORDER_NOT_FOUND",
          })
          expect(JSON.stringify(response.data)).not.toContain("acme")
          expect(JSON.stringify(response.data)).not.toContain(orderId)
        }
      }
      // The owner's READ token reads, but does not write.
      const read = await answer(api.get(`/store/orders/${orderId}`, companyHeaders(demo, "acme", "READ")))
      expect(read.status).toBe(200)
      expect(read.data.order.id).toBe(orderId)
      for (const [route, send] of requests.filter(([r]) => r.startsWith("POST"))) {
        const response = await answer(send(companyHeaders(demo, "acme", "READ")))
        expect({ route, status: response.status, code: response.data.code }).toEqual({
          route,
          status: 403,
          code: "INSUFFICIENT_SCOPE",
        })
      }
      expect(await databaseState()).toEqual(before)
    })
  })

  describe("6. the publishable key's sales channels hold for pricing, the cart update and checkout", () => {
    /** Takes the iPhone's product out of the storefront's sales channel (the key's only one). */
    async function withdrawIphone() {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      const removed = await api.post(
        `/admin/sales-channels/${demo.salesChannelId}/products`,
        { remove: [iphone.product_id] },
        demo.adminHeaders
      )
      expect(removed.status).toBe(200)
      return iphone
    }

    it("a device outside the key's channels is not priced and not added: 404 PRODUCT_NOT_FOUND, cart unchanged", async () => {
      const cartId = await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS })
      const iphone = await withdrawIphone()
      for (const id of [iphone.id, String(iphone.catalog_number)]) {
        const priced = await answer(
          api.get(
            `/store/leasing/catalog/products/${id}/pricing?delivery_country=FR&currency_code=eur`,
            companyHeaders(demo)
          )
        )
        expect({ id, ...priced }).toEqual({
          id,
          status: 404,
          data: { error: "PRODUCT_NOT_FOUND", message: expect.any(String) },
        })
      }
      const before = await databaseState(cartId)
      const item = await iphoneItem(getContainer())
      const patched = await answer(api.patch(`/store/carts/${cartId}`, { order_items: [item] }, companyHeaders(demo)))
      expect({ status: patched.status, error: patched.data.error }).toEqual({ status: 404, error: "PRODUCT_NOT_FOUND" })
      const posted = await answer(
        api.post(`/store/carts/${cartId}`, { additional_data: { order_items: [item] } }, companyHeaders(demo))
      )
      expect({ status: posted.status, code: posted.data.code }).toEqual({ status: 404, code: "PRODUCT_NOT_FOUND" })
      expect(await databaseState(cartId)).toEqual(before)
      // A device the channel still sells goes in (the refusal is about the channel, not the cart).
      const macbook = await demoVariant(getContainer(), "MBA13-M3-16-256")
      const ok = await answer(
        api.patch(
          `/store/carts/${cartId}`,
          {
            order_items: [
              { product_id: macbook.catalog_number, delivery_country: "FR", keyboard_layout: "FRENCH_AZERTY" },
            ],
          },
          companyHeaders(demo)
        )
      )
      expect(ok.status).toBe(200)
    })

    it("checkout refuses a device whose product left the cart's sales channel: 404 PRODUCT_NOT_FOUND, no order", async () => {
      const { cartId } = await acmeCart()
      await prepareCheckout(api, getContainer(), cartId, companyHeaders(demo))
      await withdrawIphone()
      const before = await databaseState(cartId)
      const response = await answer(
        api.post(`/store/carts/${cartId}/validate`, { purchaser_id: acme().users[0].number }, companyHeaders(demo))
      )
      expect({ status: response.status, error: response.data.error }).toEqual({
        status: 404,
        error: "PRODUCT_NOT_FOUND",
      })
      expect(await databaseState(cartId)).toEqual(before)
    })
  })

  describe("3. ownership before any work on PATCH /store/carts/:id", () => {
    it("another company's cart, by integer or Medusa id, is not repaired, locked or named: one fixed 404", async () => {
      const { cartId, number } = await acmeCart()
      // An interrupted update on Acme's cart: only Acme's own requests may repair it.
      await dbConnection.raw(
        `update leasing_cart set pending_update = '{"started_at":"2026-01-01T00:00:00Z"}'::jsonb where cart_id = ?`,
        [cartId]
      )
      const before = await databaseState(cartId)
      const item = await iphoneItem(getContainer())
      const answers: Answer[] = []
      for (const id of [String(number), cartId, "2147483647", "99999999999", "cart_01NOTHINGHERE"]) {
        for (let i = 0; i < 3; i++) {
          answers.push(
            await answer(
              api.patch(`/store/carts/${id}`, { order_items: [item] }, companyHeaders(demo, "helvetia", "WRITE"))
            )
          )
        }
      }
      for (const response of answers) {
        expect(response).toEqual({
          status: 404,
          data: { error: "CART_NOT_FOUND", message: "Your company has no cart with this id." },
        })
      }
      expect(await databaseState(cartId)).toEqual(before)
    })
  })
})
