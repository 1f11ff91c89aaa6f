import { demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import { cartSnapshot, companyHeaders, createCart, leasingRows } from "../helpers/leasing-cart"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const patch = (cartId: string | number, body: unknown, headers = companyHeaders(demo)) =>
    api.patch(`/store/carts/${cartId}`, body, headers)
  const iphone = { product_id: 0, delivery_country: "FR" }
  beforeAll(async () => {
    iphone.product_id = (await demoVariant(getContainer(), "IP16-128")).catalog_number
  })

  describe("PATCH /store/carts/:id", () => {
    it("puts LEASING and BUY devices of one variant, two layouts and two assignees on four lines", async () => {
      const container = getContainer()
      const cartId = await createCart(api, demo)
      const air = await demoVariant(container, "MBA13-M3-16-256")
      const acme = demo.companies.acme
      const [alice, bob] = acme.users
      const item = (mode: string, layout: string, user: number) => ({
        product_id: air.catalog_number,
        delivery_country: "FR",
        keyboard_layout: layout,
        user_id: user,
        acquisition_mode: mode,
      })

      const response = await patch(cartId, {
        purchaser_id: alice.number,
        order_items: [
          item("LEASING", "FRENCH_AZERTY", alice.number),
          item("LEASING", "SWISS_QWERTZ", bob.number),
          item("BUY", "FRENCH_AZERTY", alice.number),
          item("BUY", "FRENCH_AZERTY", bob.number),
        ],
      })

      expect(response.status).toBe(200)
      const rows = await leasingRows(dbConnection, cartId)
      const name = "MacBook Air 13 M3 16 GB / 256 GB"
      expect(response.data.data).toEqual({
        id: rows.carts[0].order_number,
        purchaser_id: alice.number,
        num_devices: 4,
        rent: "89.84",
        currency: "EUR",
        devices: [
          { id: rows.lines[0].device_number, name, rent: "44.17", product_id: air.catalog_number },
          { id: rows.lines[1].device_number, name, rent: "45.67", product_id: air.catalog_number },
          { id: rows.lines[2].device_number, name, rent: null, product_id: air.catalog_number },
          { id: rows.lines[3].device_number, name, rent: null, product_id: air.catalog_number },
        ],
      })
      expect(rows.items).toHaveLength(4)
      expect(rows.items.every((i: any) => i.quantity === 1 && i.is_custom_price)).toBe(true)
      // Leased devices cost nothing now: their rent is in their metadata, bought ones are priced.
      expect(rows.lines.map((l: any) => [l.unit_price, l.monthly_rent])).toEqual([
        [0, 44.17],
        [0, 45.67],
        [1298.99, null],
        [1298.99, null],
      ])
      expect(rows.lines.map((l: any) => [l.acquisition_mode, l.keyboard_layout, l.assignee_user_id])).toEqual([
        ["LEASING", "FRENCH_AZERTY", alice.id],
        ["LEASING", "SWISS_QWERTZ", bob.id],
        ["BUY", "FRENCH_AZERTY", alice.id],
        ["BUY", "FRENCH_AZERTY", bob.id],
      ])
      expect(rows.carts[0].purchaser_user_id).toBe(alice.id)
      const snapshot: any = await cartSnapshot(container, cartId)
      expect(snapshot.leasing_cart.company_id).toBe(acme.id)
    })

    it("replaces the devices, takes the integer order id in the path, and keeps devices on a purchaser-only update", async () => {
      const cartId = await createCart(api, demo)
      const first = await patch(cartId, { order_items: [iphone, iphone] })
      const orderId = first.data.data.id
      expect(orderId).toBeGreaterThan(0)

      const second = await patch(orderId, { order_items: [{ ...iphone, acquisition_mode: "BUY" }] })
      expect(second.data.data).toEqual(expect.objectContaining({ id: orderId, num_devices: 1, rent: "0.00" }))
      expect((await leasingRows(dbConnection, cartId)).lines).toHaveLength(1)

      const alice = demo.companies.acme.users[0]
      const third = await patch(orderId, { purchaser_id: alice.number })
      expect(third.data.data).toEqual(expect.objectContaining({ purchaser_id: alice.number, num_devices: 1 }))
      expect((await leasingRows(dbConnection, cartId)).lines).toHaveLength(1)
    })

    it("writes only the difference: devices the cart keeps keep their line and device id, in the new order", async () => {
      const cartId = await createCart(api, demo)
      const air = {
        product_id: (await demoVariant(getContainer(), "MBA13-M3-16-256")).catalog_number,
        delivery_country: "FR",
        keyboard_layout: "FRENCH_AZERTY",
      }
      const first = (await patch(cartId, { order_items: [iphone, air] })).data.data.devices
      const items = async () =>
        (
          await dbConnection.raw("select id, deleted_at is null as live from cart_line_item where cart_id = ?", [
            cartId,
          ])
        ).rows

      const second = (await patch(cartId, { order_items: [air, iphone, { ...iphone, acquisition_mode: "BUY" }] })).data
        .data.devices
      expect(second.map((d: any) => d.id).slice(0, 2)).toEqual([first[1].id, first[0].id])
      expect(second[2].id).not.toEqual(first[0].id)
      expect((await items()).filter((i: any) => i.live)).toHaveLength(3)
      expect((await items()).filter((i: any) => !i.live)).toHaveLength(0)

      const third = (await patch(cartId, { order_items: [{ ...iphone, acquisition_mode: "BUY" }] })).data.data.devices
      expect(third).toEqual([expect.objectContaining({ id: second[2].id, rent: null })])
      expect((await items()).filter((i: any) => i.live)).toHaveLength(1)
      expect((await leasingRows(dbConnection, cartId)).lines.map((l: any) => l.rank)).toEqual([0])
    })

    it("uses the company's default address, or the address named, for each device", async () => {
      const cartId = await createCart(api, demo)
      const [lyon, paris] = demo.companies.acme.addresses
      await patch(cartId, { order_items: [iphone, { ...iphone, shipping_address_id: paris.number }] })
      const rows = await leasingRows(dbConnection, cartId)
      expect(rows.lines.map((l: any) => l.shipping_address_id)).toEqual([lyon.id, paris.id])
    })

    describe("refuses bad calls with the platform's error and changes nothing", () => {
      type Case = [string, () => Promise<{ cart: string | number; body: unknown; headers?: any }>, number, string]
      const cases: Case[] = [
        ["an empty body", async () => ({ cart: await createCart(api, demo), body: {} }), 400, "VALIDATION_ERROR"],
        [
          "a country that is not alpha-2",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [{ ...iphone, delivery_country: "FRA" }] },
          }),
          400,
          "VALIDATION_ERROR",
        ],
        [
          "an unknown acquisition mode",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [{ ...iphone, acquisition_mode: "RENT" }] },
          }),
          400,
          "VALIDATION_ERROR",
        ],
        [
          "a non-integer product id",
          async () => ({ cart: await createCart(api, demo), body: { order_items: [{ ...iphone, product_id: -3 }] } }),
          400,
          "VALIDATION_ERROR",
        ],
        [
          "no credentials",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [iphone] },
            headers: demo.storeHeaders,
          }),
          401,
          "UNAUTHORIZED",
        ],
        [
          "a READ token",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [iphone] },
            headers: companyHeaders(demo, "acme", "READ"),
          }),
          403,
          "INSUFFICIENT_SCOPE",
        ],
        [
          "an unknown cart",
          async () => ({ cart: "cart_01UNKNOWN", body: { order_items: [iphone] } }),
          404,
          "CART_NOT_FOUND",
        ],
        ["an unknown order id", async () => ({ cart: 987654, body: { order_items: [iphone] } }), 404, "CART_NOT_FOUND"],
        [
          "another company's cart",
          async () => {
            const cart = await createCart(api, demo, "chf")
            await patch(
              cart,
              { order_items: [{ ...iphone, delivery_country: "CH" }] },
              companyHeaders(demo, "helvetia")
            )
            return { cart, body: { order_items: [iphone] } }
          },
          404,
          "CART_NOT_FOUND",
        ],
        [
          "a country no region serves",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [{ ...iphone, delivery_country: "JP" }] },
          }),
          404,
          "DELIVERY_COUNTRY_NOT_FOUND",
        ],
        [
          "a country outside the cart's region (devices in two regions)",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [iphone, { ...iphone, delivery_country: "CH" }] },
          }),
          400,
          "DELIVERY_COUNTRY_NOT_IN_REGION",
        ],
        [
          "an unknown product",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [{ ...iphone, product_id: 99999 }] },
          }),
          404,
          "PRODUCT_NOT_FOUND",
        ],
        [
          "a product id beyond any integer alias",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [{ ...iphone, product_id: 99999999999 }] },
          }),
          404,
          "PRODUCT_NOT_FOUND",
        ],
        [
          "a product not offered in the country",
          async () => {
            await dbConnection.raw("update leasing_offer set available_countries = '{DE}' where catalog_number = ?", [
              iphone.product_id,
            ])
            return { cart: await createCart(api, demo), body: { order_items: [iphone] } }
          },
          404,
          "PRODUCT_NOT_FOUND",
        ],
        [
          "a lease of a buy-only device",
          async () => ({
            cart: await createCart(api, demo),
            body: {
              order_items: [
                { product_id: (await demoVariant(getContainer(), "U3224KB")).catalog_number, delivery_country: "FR" },
              ],
            },
          }),
          404,
          "PRODUCT_PRICING_UNAVAILABLE",
        ],
        [
          "a keyboard device without layout",
          async () => ({
            cart: await createCart(api, demo),
            body: {
              order_items: [
                {
                  product_id: (await demoVariant(getContainer(), "MBA13-M3-16-256")).catalog_number,
                  delivery_country: "FR",
                },
              ],
            },
          }),
          400,
          "KEYBOARD_LAYOUT_REQUIRED",
        ],
        [
          "a layout on a keyboard-less device",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [{ ...iphone, keyboard_layout: "FRENCH_AZERTY" }] },
          }),
          400,
          "KEYBOARD_LAYOUT_NOT_APPLICABLE",
        ],
        [
          "a layout that is not offered",
          async () => ({
            cart: await createCart(api, demo),
            body: {
              order_items: [
                {
                  product_id: (await demoVariant(getContainer(), "MBA13-M3-16-256")).catalog_number,
                  delivery_country: "FR",
                  keyboard_layout: "CANADIAN_ENGLISH_QWERTY",
                },
              ],
            },
          }),
          400,
          "KEYBOARD_LAYOUT_NOT_OFFERED",
        ],
        [
          "an assignee of another company",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [{ ...iphone, user_id: demo.companies.helvetia.users[0].number }] },
          }),
          400,
          "USER_NOT_IN_COMPANY",
        ],
        [
          "a purchaser of another company",
          async () => ({
            cart: await createCart(api, demo),
            body: { purchaser_id: demo.companies.helvetia.users[0].number },
          }),
          400,
          "PURCHASER_NOT_IN_COMPANY",
        ],
        [
          "another company's address",
          async () => ({
            cart: await createCart(api, demo),
            body: { order_items: [{ ...iphone, shipping_address_id: demo.companies.helvetia.addresses[0].number }] },
          }),
          400,
          "SHIPPING_ADDRESS_NOT_FOUND",
        ],
        [
          "an address in another country",
          async () => ({
            cart: await createCart(api, demo),
            body: {
              order_items: [
                { ...iphone, delivery_country: "DE", shipping_address_id: demo.companies.acme.addresses[0].number },
              ],
            },
          }),
          400,
          "SHIPPING_ADDRESS_COUNTRY_MISMATCH",
        ],
        [
          "a completed cart",
          async () => {
            const cart = await createCart(api, demo)
            await dbConnection.raw("update cart set completed_at = now() where id = ?", [cart])
            return { cart, body: { order_items: [iphone] } }
          },
          409,
          "ORDER_NOT_CART",
        ],
      ]

      it.each(cases)("%s", async (_name, setup, status, code) => {
        const { cart, body, headers } = await setup()
        // Unknown carts have nothing to compare; every real cart must come out unchanged.
        const cartId = typeof cart === "string" && !cart.startsWith("cart_01UNKNOWN") ? cart : null
        const before = cartId ? await cartSnapshot(getContainer(), cartId) : null
        const linesBefore = (
          await dbConnection.raw(
            "select count(*)::int as n from cart_line_item where metadata->'leasing' is not null and deleted_at is null"
          )
        ).rows[0].n

        const response = await failure(patch(cart, body, headers ?? companyHeaders(demo)))

        expect(response.status).toBe(status)
        expect(response.data).toEqual({ error: code, message: expect.stringMatching(/\w+ \w+/) })
        if (cartId) {
          expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
        }
        expect(
          (
            await dbConnection.raw(
              "select count(*)::int as n from cart_line_item where metadata->'leasing' is not null and deleted_at is null"
            )
          ).rows[0].n
        ).toBe(linesBefore)
      })
    })

    it("answers 404 COMPANY_NOT_FOUND for a token whose company is gone, and writes nothing", async () => {
      const cartId = await createCart(api, demo)
      await api.delete(`/admin/leasing/companies/${demo.companies.acme.id}`, demo.adminHeaders)
      const before = await cartSnapshot(getContainer(), cartId)
      const response = await failure(patch(cartId, { order_items: [iphone] }))
      expect(response.status).toBe(404)
      expect(response.data.error).toBe("COMPANY_NOT_FOUND")
      expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
    })
  })
})
