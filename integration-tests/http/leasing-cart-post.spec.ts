import Medusa from "@medusajs/js-sdk"
import { demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import { cartSnapshot, companyHeaders, createCart, leasingRows } from "../helpers/leasing-cart"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const post = (cartId: string, body: unknown, headers = companyHeaders(demo), query = "") =>
    api.post(`/store/carts/${cartId}${query}`, body, headers)
  const devices = async () => {
    const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
    const [alice, bob] = demo.companies.acme.users
    const item = (acquisition_mode: string, keyboard_layout: string, user_id: number) => ({
      product_id: air.catalog_number,
      delivery_country: "FR",
      keyboard_layout,
      user_id,
      acquisition_mode,
    })
    return [
      item("LEASING", "FRENCH_AZERTY", alice.number),
      item("LEASING", "SWISS_QWERTZ", bob.number),
      item("BUY", "FRENCH_AZERTY", alice.number),
      item("BUY", "FRENCH_AZERTY", bob.number),
    ]
  }

  describe("POST /store/carts/:id without leasing data", () => {
    it("behaves as Medusa's route on a cart no company owns", async () => {
      const cartId = await createCart(api, demo)
      const response = await post(cartId, { email: "buyer@example.com" }, demo.storeHeaders)
      expect(response.status).toBe(200)
      expect(response.data.cart).toEqual(
        expect.objectContaining({ id: cartId, email: "buyer@example.com", currency_code: "eur" })
      )
      expect((await leasingRows(dbConnection, cartId)).carts).toHaveLength(0)

      const unknownField = await failure(post(cartId, { colour: "red" }, demo.storeHeaders))
      expect(unknownField.status).toBe(400)
      expect(unknownField.data.message).toMatch(/Unrecognized fields/)
    })

    it("refuses a company's cart to a caller without that company's credentials", async () => {
      const cartId = await createCart(api, demo)
      await post(cartId, { additional_data: { order_items: (await devices()).slice(0, 1) } })
      const before = await cartSnapshot(getContainer(), cartId)

      const anonymous = await failure(post(cartId, { email: "intruder@example.com" }, demo.storeHeaders))
      const otherCompany = await failure(
        post(cartId, { email: "intruder@example.com" }, companyHeaders(demo, "helvetia"))
      )

      expect(anonymous.status).toBe(404)
      expect(anonymous.data).toEqual(expect.objectContaining({ type: "not_found", code: "CART_NOT_FOUND" }))
      expect(otherCompany.status).toBe(404)
      expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)

      const owner = await post(cartId, { email: "owner@acme.test" })
      expect(owner.data.cart.email).toBe("owner@acme.test")
      expect(owner.data.cart.leasing.num_devices).toBe(1)
    })
  })

  describe("POST /store/carts/:id with additional_data", () => {
    it("writes the same devices and figures as the platform's PATCH", async () => {
      const viaPost = await createCart(api, demo)
      const viaPatch = await createCart(api, demo)
      const order_items = await devices()

      const response = await post(viaPost, { email: "it@acme.test", additional_data: { order_items } })
      const patched = await api.patch(`/store/carts/${viaPatch}`, { order_items }, companyHeaders(demo))

      expect(response.status).toBe(200)
      const cart = response.data.cart
      expect(cart.email).toBe("it@acme.test")
      expect(cart.leasing).toEqual({
        order_id: (await leasingRows(dbConnection, viaPost)).carts[0].order_number,
        purchaser_id: null,
        num_devices: 4,
        monthly_rent: "89.84",
        one_time_total: "2597.98",
        currency: "EUR",
      })
      // The platform's integer aliases stand beside the Medusa ids.
      const [alice, bob] = demo.companies.acme.users
      const lyon = demo.companies.acme.addresses[0]
      expect(cart.items.map((i: any) => i.leasing.assignee_user_number).sort()).toEqual(
        [alice.number, alice.number, bob.number, bob.number].sort()
      )
      expect(cart.items.every((i: any) => i.leasing.shipping_address_number === lyon.number)).toBe(true)
      expect(cart.items.every((i: any) => i.leasing.device_number > 0 && i.leasing.catalog_number > 0)).toBe(true)
      expect(patched.data.data).toEqual(
        expect.objectContaining({ num_devices: 4, rent: cart.leasing.monthly_rent, currency: "EUR" })
      )
      const leasingLines = cart.items.map((i: any) => i.leasing)
      expect(leasingLines.every((l: any) => l && l.delivery_country === "FR")).toBe(true)
      const prices = (rows: any) => rows.lines.map((l: any) => `${l.unit_price}/${l.monthly_rent}`).sort()
      expect(prices(await leasingRows(dbConnection, viaPost))).toEqual(
        prices(await leasingRows(dbConnection, viaPatch))
      )
      // Medusa's totals are what is due now: the bought devices, not the rent.
      expect(cart.item_subtotal).toBeCloseTo(2597.98, 2)
    })

    it("honours `fields`", async () => {
      const cartId = await createCart(api, demo)
      const response = await post(
        cartId,
        { additional_data: { order_items: (await devices()).slice(0, 1) } },
        companyHeaders(demo),
        "?fields=id,email"
      )
      expect(Object.keys(response.data.cart).sort()).toEqual(["email", "id"])
    })

    it.each([
      ["no credentials", () => demo.storeHeaders, { delivery_country: "FR" }, 401, "unauthorized", "UNAUTHORIZED"],
      [
        "a READ token",
        () => companyHeaders(demo, "acme", "READ"),
        { delivery_country: "FR" },
        403,
        "forbidden",
        "INSUFFICIENT_SCOPE",
      ],
      [
        "a country no region serves",
        () => companyHeaders(demo),
        { delivery_country: "JP" },
        404,
        "not_found",
        "DELIVERY_COUNTRY_NOT_FOUND",
      ],
      // The cart's region is named, so the devices do not move it (as they would an empty cart's).
      [
        "a country outside the region",
        () => companyHeaders(demo),
        { delivery_country: "US" },
        400,
        "invalid_data",
        "DELIVERY_COUNTRY_NOT_IN_REGION",
        true,
      ],
      [
        "a bad layout",
        () => companyHeaders(demo),
        { delivery_country: "FR", keyboard_layout: "KLINGON" },
        400,
        "invalid_data",
        "VALIDATION_ERROR",
      ],
    ])(
      "refuses %s in Medusa's error shape with the leasing code",
      async (_name, headers, change, status, type, code, namesRegion = false) => {
        const cartId = await createCart(api, demo)
        const iphone = await demoVariant(getContainer(), "IP16-128")
        const before = await cartSnapshot(getContainer(), cartId)

        const body = {
          ...(namesRegion && { region_id: demo.regions.eur.id }),
          additional_data: { order_items: [{ product_id: iphone.catalog_number, ...change }] },
        }
        const response = await failure(post(cartId, body, headers()))

        expect(response.status).toBe(status)
        expect(response.data).toEqual({ type, code, message: expect.stringMatching(/\w+ \w+/) })
        expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
      }
    )

    it("answers 409 ORDER_NOT_CART with its message for a completed cart", async () => {
      const cartId = await createCart(api, demo)
      await dbConnection.raw("update cart set completed_at = now() where id = ?", [cartId])
      const response = await failure(post(cartId, { additional_data: { order_items: (await devices()).slice(0, 1) } }))
      expect(response.status).toBe(409)
      expect(response.data).toEqual({
        type: "conflict",
        code: "ORDER_NOT_CART",
        message: "Cart is no longer editable for this operation.",
      })
    })

    it("works through the official JS SDK (sdk.store.cart.update)", async () => {
      const cartId = await createCart(api, demo)
      const sdk = new Medusa({ baseUrl: api.defaults.baseURL, publishableKey: demo.publishableKey })
      const { cart } = await sdk.store.cart.update(
        cartId,
        { additional_data: { order_items: (await devices()).slice(0, 2) } } as any,
        {},
        { authorization: `Bearer ${demo.companies.acme.tokens.WRITE.secret}` }
      )
      expect((cart as any).leasing).toEqual(expect.objectContaining({ num_devices: 2, monthly_rent: "89.84" }))
      expect((await leasingRows(dbConnection, cartId)).lines).toHaveLength(2)
    })
  })
})
