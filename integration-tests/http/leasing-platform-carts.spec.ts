import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { cartSnapshot, companyHeaders, iphoneItem, leasingRows } from "../helpers/leasing-cart"
import { addFreeEuDelivery } from "../helpers/shipping"

jest.setTimeout(180_000)
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"

// The platform's carts under /store/leasing/carts: created, listed, updated and validated
// without any Medusa route.
leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = (scope: "READ" | "WRITE" = "WRITE", company: "acme" | "helvetia" = "acme") =>
    companyHeaders(demo, company, scope)
  const acme = () => demo.companies.acme
  const iphone = (extra: Record<string, unknown> = {}) => iphoneItem(getContainer(), "FR", extra)
  const cartIdOf = async (orderId: number) =>
    (await dbConnection.raw("select cart_id from leasing_cart where order_number = ?", [orderId])).rows[0]
      .cart_id as string
  const cartState = async () => ({
    carts: (await dbConnection.raw("select count(*)::int as n from cart")).rows[0].n,
    leasing: (await dbConnection.raw("select count(*)::int as n from leasing_cart")).rows[0].n,
    items: (await dbConnection.raw("select count(*)::int as n from cart_line_item where deleted_at is null")).rows[0].n,
  })
  const orderCount = async () =>
    (await dbConnection.raw(`select count(*)::int as n from "order" where deleted_at is null`)).rows[0].n

  describe("POST /store/leasing/carts", () => {
    it("creates the company's cart in the region of its devices, shipping to its address, and answers 201 {data: {order_id}}", async () => {
      const hugo = acme().users[1]
      const response = await api.post(
        "/store/leasing/carts",
        {
          purchaser_id: hugo.number,
          order_items: [await iphone({ user_id: hugo.number }), await iphone({ acquisition_mode: "BUY" })],
        },
        headers()
      )
      expect(response.status).toBe(201)
      expect(response.data).toEqual({ data: { order_id: expect.any(Number) } })
      const cartId = await cartIdOf(response.data.data.order_id)
      const cart = (
        await dbConnection.raw("select region_id, currency_code, email, sales_channel_id from cart where id = ?", [
          cartId,
        ])
      ).rows[0]
      expect(cart).toEqual({
        region_id: demo.regions.eur.id,
        currency_code: "eur",
        email: hugo.email,
        sales_channel_id: demo.salesChannelId,
      })
      const address = (
        await dbConnection.raw(
          "select a.city, a.country_code from cart c join cart_address a on a.id = c.shipping_address_id where c.id = ?",
          [cartId]
        )
      ).rows[0]
      expect(address).toEqual({ city: "Lyon", country_code: "fr" })
      const rows = await leasingRows(dbConnection, cartId)
      expect(rows.carts).toEqual([expect.objectContaining({ company_id: acme().id, purchaser_user_id: hugo.id })])
      expect(rows.lines.map((l: any) => [l.acquisition_mode, l.assignee_user_id])).toEqual([
        ["LEASING", hugo.id],
        ["BUY", null],
      ])

      const view = await api.get(`/store/leasing/carts/${response.data.data.order_id}`, headers("READ"))
      expect(view.data.data).toEqual(
        expect.objectContaining({
          id: response.data.data.order_id,
          purchaser_id: hugo.number,
          num_devices: 2,
          currency: "EUR",
        })
      )
    })

    it("applies a cart-level acquisition_mode to every device", async () => {
      const response = await api.post(
        "/store/leasing/carts",
        {
          purchaser_id: acme().users[2].number,
          acquisition_mode: "BUY",
          order_items: [await iphone(), await iphone()],
        },
        headers()
      )
      const rows = await leasingRows(dbConnection, await cartIdOf(response.data.data.order_id))
      expect(rows.lines.map((l: any) => l.acquisition_mode)).toEqual(["BUY", "BUY"])
    })

    it("keeps one open cart per purchaser: CART_ALREADY_EXISTS (409) until it is validated, creating nothing", async () => {
      const lea = acme().users[2]
      await api.post("/store/leasing/carts", { purchaser_id: lea.number, order_items: [await iphone()] }, headers())
      const before = await cartState()
      const again = await failure(
        api.post("/store/leasing/carts", { purchaser_id: lea.number, order_items: [await iphone()] }, headers())
      )
      expect(again.status).toBe(409)
      expect(again.data).toEqual({ error: "CART_ALREADY_EXISTS", message: expect.any(String) })
      expect(await cartState()).toEqual(before)
    })

    it("refuses bad input with its code and creates nothing (no cart, no leasing record, no line)", async () => {
      const helvetiaUser = demo.companies.helvetia.users[0]
      const cases: [Record<string, unknown>, number, string][] = [
        [{ purchaser_id: helvetiaUser.number, order_items: [await iphone()] }, 400, "PURCHASER_NOT_IN_COMPANY"],
        [
          {
            purchaser_id: acme().users[1].number,
            order_items: [await iphone(), await iphoneItem(getContainer(), "CH")],
          },
          400,
          "DELIVERY_COUNTRY_NOT_IN_REGION",
        ],
        [
          { purchaser_id: acme().users[1].number, order_items: [await iphone({ user_id: helvetiaUser.number })] },
          400,
          "USER_NOT_IN_COMPANY",
        ],
        [
          { purchaser_id: acme().users[1].number, order_items: [{ product_id: 999999, delivery_country: "FR" }] },
          404,
          "PRODUCT_NOT_FOUND",
        ],
        [{ purchaser_id: acme().users[1].number, order_items: [] }, 400, "VALIDATION_ERROR"],
        [{ order_items: [await iphone()] }, 400, "VALIDATION_ERROR"],
      ]
      const before = await cartState()
      for (const [body, status, error] of cases) {
        const refused = await failure(api.post("/store/leasing/carts", body, headers()))
        expect({ body, status: refused.status, error: refused.data.error }).toEqual({ body, status, error })
      }
      expect(await cartState()).toEqual(before)
    })

    it("needs WRITE (403) and credentials (401), creating nothing", async () => {
      const body = { purchaser_id: acme().users[1].number, order_items: [await iphone()] }
      const before = await cartState()
      const read = await failure(api.post("/store/leasing/carts", body, headers("READ")))
      expect([read.status, read.data.error]).toEqual([403, "INSUFFICIENT_SCOPE"])
      const none = await failure(api.post("/store/leasing/carts", body, demo.storeHeaders))
      expect([none.status, none.data.error]).toEqual([401, "UNAUTHORIZED"])
      expect(await cartState()).toEqual(before)
    })
  })

  describe("GET /store/leasing/carts", () => {
    it("lists the company's open carts only, filters by purchaser and pages with meta", async () => {
      const created: number[] = []
      for (const user of acme().users) {
        created.push(
          (
            await api.post(
              "/store/leasing/carts",
              { purchaser_id: user.number, order_items: [await iphone()] },
              headers()
            )
          ).data.data.order_id
        )
      }
      await api.post(
        "/store/leasing/carts",
        {
          purchaser_id: demo.companies.helvetia.users[0].number,
          order_items: [await iphoneItem(getContainer(), "CH")],
        },
        headers("WRITE", "helvetia")
      )

      const all = await api.get("/store/leasing/carts", headers("READ"))
      expect(all.data.meta).toEqual({ total: created.length, limit: 50, offset: 0 })
      expect(all.data.data.map((c: any) => c.id)).toEqual(created)
      expect(all.data.data[0]).toEqual(
        expect.objectContaining({ num_devices: 1, purchaser_id: acme().users[0].number })
      )

      const page = await api.get("/store/leasing/carts?limit=1&offset=1", headers("READ"))
      expect(page.data).toEqual({ data: [all.data.data[1]], meta: { total: created.length, limit: 1, offset: 1 } })
      const past = await api.get("/store/leasing/carts?offset=100", headers("READ"))
      expect(past.data).toEqual({ data: [], meta: { total: created.length, limit: 50, offset: 100 } })
      const hugo = await api.get(`/store/leasing/carts?purchaser_id=${acme().users[1].number}`, headers("READ"))
      expect(hugo.data.data.map((c: any) => c.id)).toEqual([created[1]])
      // Another company's user is nobody here.
      const foreign = await api.get(
        `/store/leasing/carts?purchaser_id=${demo.companies.helvetia.users[0].number}`,
        headers("READ")
      )
      expect(foreign.data).toEqual({ data: [], meta: { total: 0, limit: 50, offset: 0 } })
      for (const q of ["limit=0", "limit=101", "offset=-1", "purchaser_id=abc!"]) {
        const refused = await failure(api.get(`/store/leasing/carts?${q}`, headers("READ")))
        expect([q, refused.status, refused.data.error]).toEqual([q, 400, "VALIDATION_ERROR"])
      }
      const none = await failure(api.get("/store/leasing/carts", demo.storeHeaders))
      expect(none.status).toBe(401)
    })
  })

  describe("PATCH /store/leasing/carts/:order_id", () => {
    it("switches every device with a cart-level acquisition_mode, priced anew, and answers the cart", async () => {
      const orderId = (
        await api.post(
          "/store/leasing/carts",
          { purchaser_id: acme().users[1].number, order_items: [await iphone(), await iphone()] },
          headers()
        )
      ).data.data.order_id
      const cartId = await cartIdOf(orderId)
      const leased = await leasingRows(dbConnection, cartId)

      const response = await api.patch(`/store/leasing/carts/${orderId}`, { acquisition_mode: "BUY" }, headers())

      expect(response.status).toBe(200)
      expect(response.data.data).toEqual(expect.objectContaining({ id: orderId, num_devices: 2, rent: "0.00" }))
      expect(response.data.data.devices.every((d: any) => d.rent === null)).toBe(true)
      const bought = await leasingRows(dbConnection, cartId)
      expect(bought.lines.map((l: any) => l.acquisition_mode)).toEqual(["BUY", "BUY"])
      expect(bought.lines.every((l: any) => l.unit_price > 0 && l.monthly_rent === null)).toBe(true)
      // New devices (a device's mode is part of what it is), on the same products and countries.
      expect(bought.lines.map((l: any) => [l.catalog_number, l.delivery_country])).toEqual(
        leased.lines.map((l: any) => [l.catalog_number, l.delivery_country])
      )

      // The twin under Medusa's path runs the same handler.
      const back = await api.patch(`/store/carts/${cartId}`, { acquisition_mode: "LEASING" }, headers())
      expect(back.data.data.devices.every((d: any) => d.rent !== null)).toBe(true)
    })

    it("refuses an empty body (400), a READ token (403), another company (404), changing nothing", async () => {
      const orderId = (
        await api.post(
          "/store/leasing/carts",
          { purchaser_id: acme().users[1].number, order_items: [await iphone()] },
          headers()
        )
      ).data.data.order_id
      const cartId = await cartIdOf(orderId)
      const before = await cartSnapshot(getContainer(), cartId)
      for (const [body, who, status, error] of [
        [{}, headers(), 400, "VALIDATION_ERROR"],
        [{ acquisition_mode: "RENT" }, headers(), 400, "VALIDATION_ERROR"],
        [{ acquisition_mode: "BUY" }, headers("READ"), 403, "INSUFFICIENT_SCOPE"],
        [{ acquisition_mode: "BUY" }, headers("WRITE", "helvetia"), 404, "CART_NOT_FOUND"],
        [{ acquisition_mode: "BUY" }, demo.storeHeaders, 401, "UNAUTHORIZED"],
      ] as const) {
        const refused = await failure(api.patch(`/store/leasing/carts/${orderId}`, body, who))
        expect({ body, status: refused.status, error: refused.data.error }).toEqual({ body, status, error })
      }
      expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
    })
  })

  describe("POST /store/leasing/carts/:order_id/validate", () => {
    it("chooses the cheapest option serving the devices; with a one-time amount due and no payment: 402, and the cart keeps no method", async () => {
      const orderId = (
        await api.post(
          "/store/leasing/carts",
          { purchaser_id: acme().users[1].number, order_items: [await iphone()] },
          headers()
        )
      ).data.data.order_id
      const cartId = await cartIdOf(orderId)
      const before = { cart: await cartSnapshot(getContainer(), cartId), orders: await orderCount() }
      const refused = await failure(
        api.post(`/store/leasing/carts/${orderId}/validate`, { purchaser_id: acme().users[1].number }, headers())
      )
      expect(refused.status).toBe(402)
      expect(refused.data).toEqual({ error: "PAYMENT_METHOD_REQUIRED", message: expect.stringContaining("due now") })
      expect({ cart: await cartSnapshot(getContainer(), cartId), orders: await orderCount() }).toEqual(before)
    })

    it("validates a leased cart with nothing due and no payment session, with the cheapest (free) option chosen", async () => {
      const free = await addFreeEuDelivery(getContainer(), demo.shippingProfileId)
      const orderId = (
        await api.post(
          "/store/leasing/carts",
          { purchaser_id: acme().users[1].number, order_items: [await iphone(), await iphone()] },
          headers()
        )
      ).data.data.order_id
      const cartId = await cartIdOf(orderId)

      const response = await api.post(
        `/store/leasing/carts/${orderId}/validate`,
        { purchaser_id: acme().users[1].number },
        headers()
      )

      expect(response.status).toBe(200)
      expect(response.data).toEqual({ data: { order_id: orderId, client_status: "RECEIVED" } })
      const methods = (
        await dbConnection.raw(
          "select shipping_option_id, amount::float as amount from cart_shipping_method where cart_id = ? and deleted_at is null",
          [cartId]
        )
      ).rows
      expect(methods).toEqual([{ shipping_option_id: free, amount: 0 }])
      const contracts = (
        await dbConnection.raw("select count(*)::int as n from lease_contract where cart_id = ?", [cartId])
      ).rows[0].n
      expect(contracts).toBe(2)
      const order = await api.get(`/store/leasing/orders/${orderId}`, headers("READ"))
      expect(order.data.data).toEqual(
        expect.objectContaining({ id: orderId, num_devices: 2, client_status: "RECEIVED" })
      )
      // Validated: the purchaser may open a new cart, and the old one is no longer listed.
      expect((await api.get("/store/leasing/carts", headers("READ"))).data.data.map((c: any) => c.id)).not.toContain(
        orderId
      )
      const next = await api.post(
        "/store/leasing/carts",
        { purchaser_id: acme().users[1].number, order_items: [await iphone()] },
        headers()
      )
      expect(next.status).toBe(201)
    })

    it("refuses READ (403), other companies (404), another company's purchaser (400 INVALID_USER) and a validated cart (409 ORDER_STATUS_TRANSITION_FORBIDDEN), creating no order", async () => {
      await addFreeEuDelivery(getContainer(), demo.shippingProfileId)
      const orderId = (
        await api.post(
          "/store/leasing/carts",
          { purchaser_id: acme().users[1].number, order_items: [await iphone()] },
          headers()
        )
      ).data.data.order_id
      const cartId = await cartIdOf(orderId)
      const state = async () => ({ cart: await cartSnapshot(getContainer(), cartId), orders: await orderCount() })
      const before = await state()
      const body = { purchaser_id: acme().users[1].number }
      const read = await failure(api.post(`/store/leasing/carts/${orderId}/validate`, body, headers("READ")))
      expect([read.status, read.data.error]).toEqual([403, "INSUFFICIENT_SCOPE"])
      const other = await failure(
        api.post(`/store/leasing/carts/${orderId}/validate`, body, headers("WRITE", "helvetia"))
      )
      expect([other.status, other.data.error]).toEqual([404, "CART_NOT_FOUND"])
      const empty = await failure(api.post(`/store/leasing/carts/${orderId}/validate`, {}, headers()))
      expect([empty.status, empty.data.error]).toEqual([400, "VALIDATION_ERROR"])
      const stranger = demo.companies.helvetia.users[0].number
      const outsider = await failure(
        api.post(`/store/leasing/carts/${orderId}/validate`, { purchaser_id: stranger }, headers())
      )
      expect([outsider.status, outsider.data]).toEqual([
        400,
        { error: "INVALID_USER", message: `Purchaser ${stranger} is not one of your company's users.` },
      ])
      expect(await state()).toEqual(before)

      // Validated once; a second validate is refused and orders nothing more.
      expect((await api.post(`/store/leasing/carts/${orderId}/validate`, body, headers())).status).toBe(200)
      const validated = await state()
      expect(validated.orders).toBe(before.orders + 1)
      const twice = await failure(api.post(`/store/leasing/carts/${orderId}/validate`, body, headers()))
      expect([twice.status, twice.data]).toEqual([
        409,
        {
          error: "ORDER_STATUS_TRANSITION_FORBIDDEN",
          message: "This cart has already been validated: it is an order now.",
        },
      ])
      expect(await state()).toEqual(validated)
    })
  })
})
