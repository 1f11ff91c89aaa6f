import { Modules } from "@medusajs/framework/utils"
import { catalogRows, demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const pricing = (id: string | number, params: Record<string, string>, headers = demo.storeHeaders) =>
    api.get(`/store/leasing/catalog/products/${id}/pricing?${new URLSearchParams(params)}`, headers)

  describe("GET /store/leasing/catalog/products/:id/pricing", () => {
    it("prices a laptop by acquisition mode, currency and layout", async () => {
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      const base = { delivery_country: "FR", currency_code: "eur", keyboard_layout: "FRENCH_AZERTY" }

      const lease = await pricing(air.id, { ...base, acquisition_mode: "LEASING" })
      const buy = await pricing(air.id, { ...base, acquisition_mode: "BUY" })
      const leaseCh = await pricing(air.id, {
        delivery_country: "CH",
        currency_code: "chf",
        keyboard_layout: "GERMAN_QWERTZ",
      })
      const leaseSwiss = await pricing(air.id, {
        delivery_country: "CH",
        currency_code: "chf",
        keyboard_layout: "SWISS_QWERTZ",
      })

      expect(lease.status).toBe(200)
      expect(lease.data.data).toEqual({
        product_id: air.catalog_number,
        variant_id: air.id,
        name: air.title,
        delivery_country: "FR",
        keyboard_layout: "FRENCH_AZERTY",
        acquisition_mode: "LEASING",
        amount: 44.17,
        currency: "eur",
        lease_term_months: 36,
        lease_terms_months: [18, 24, 36],
        is_price_list_price: false,
        // Shipping to France: the EU standard delivery (15) up to the French express courier (35).
        min_shipping: 15,
        max_shipping: 35,
      })
      expect(buy.data.data).toEqual(
        expect.objectContaining({
          acquisition_mode: "BUY",
          amount: 1298.99,
          currency: "eur",
          lease_term_months: null,
        })
      )
      // LEASING is the default mode; CHF prices differ, and the Swiss layout has its own lease price.
      expect(leaseCh.data.data).toEqual(
        expect.objectContaining({ acquisition_mode: "LEASING", currency: "chf", amount: 42.4 })
      )
      expect(leaseSwiss.data.data.amount).toBe(43.9)
    })

    it("takes Fleet's `currency` parameter and prices shipping in it (null where no option serves the country in it)", async () => {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      const ch = await pricing(iphone.catalog_number, {
        delivery_country: "CH",
        currency: "CHF",
        acquisition_mode: "LEASING",
      })
      expect(ch.data.data).toEqual(expect.objectContaining({ currency: "chf", min_shipping: 20, max_shipping: 20 }))
      const inEur = await pricing(iphone.catalog_number, {
        delivery_country: "US",
        currency: "eur",
        acquisition_mode: "BUY",
      })
      expect(inEur.data.data).toEqual(
        expect.objectContaining({ currency: "eur", min_shipping: null, max_shipping: null })
      )
      const bad = await failure(pricing(iphone.catalog_number, { delivery_country: "FR", currency: "euro" }))
      expect([bad.status, bad.data.error]).toEqual([400, "VALIDATION_ERROR"])
    })

    it("accepts the integer catalog alias and defaults the currency to the country's region", async () => {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      const response = await pricing(iphone.catalog_number, { delivery_country: "US", acquisition_mode: "BUY" })
      expect(response.status).toBe(200)
      expect(response.data.data).toEqual(
        expect.objectContaining({ variant_id: iphone.id, currency: "usd", amount: 1055.99 })
      )
    })

    it.each([
      ["an unknown variant", "variant_missing", { delivery_country: "FR" }, 404, "PRODUCT_NOT_FOUND"],
      ["a device not offered in that country", "S24-128", { delivery_country: "CH" }, 404, "PRODUCT_NOT_FOUND"],
      ["a country no region serves", "IP16-128", { delivery_country: "JP" }, 404, "DELIVERY_COUNTRY_NOT_FOUND"],
      ["a country that is not ISO alpha-2", "IP16-128", { delivery_country: "FRA" }, 400, "VALIDATION_ERROR"],
      ["a two-letter code that is no country", "IP16-128", { delivery_country: "ZZ" }, 400, "VALIDATION_ERROR"],
      [
        "a lease of a buy-only device",
        "U3224KB",
        { delivery_country: "FR", acquisition_mode: "LEASING" },
        404,
        "PRODUCT_PRICING_UNAVAILABLE",
      ],
      [
        "a keyboard device without layout",
        "MBA13-M3-16-256",
        { delivery_country: "FR" },
        400,
        "KEYBOARD_LAYOUT_REQUIRED",
      ],
      [
        "a layout for a keyboard-less device",
        "IP16-128",
        { delivery_country: "FR", keyboard_layout: "FRENCH_AZERTY" },
        400,
        "KEYBOARD_LAYOUT_NOT_APPLICABLE",
      ],
      [
        "a layout the device is not offered in",
        "MBA13-M3-16-256",
        { delivery_country: "FR", keyboard_layout: "CANADIAN_ENGLISH_QWERTY" },
        400,
        "KEYBOARD_LAYOUT_NOT_OFFERED",
      ],
      [
        "an unknown layout",
        "MBA13-M3-16-256",
        { delivery_country: "FR", keyboard_layout: "KLINGON" },
        400,
        "VALIDATION_ERROR",
      ],
      [
        "an unknown acquisition mode",
        "IP16-128",
        { delivery_country: "FR", acquisition_mode: "RENT" },
        400,
        "VALIDATION_ERROR",
      ],
      [
        "a currency the store does not sell in",
        "IP16-128",
        { delivery_country: "FR", currency_code: "jpy" },
        400,
        "CURRENCY_NOT_SUPPORTED",
      ],
    ])("answers %s with %s %s", async (_name, sku, params, status, code) => {
      const id = sku.startsWith("variant_") ? sku : (await demoVariant(getContainer(), sku)).id
      const response = await failure(pricing(id, params as Record<string, string>))
      expect(response.status).toBe(status)
      expect(response.data).toEqual({ error: code, message: expect.stringMatching(/\w+ \w+/) })
    })

    it("needs the publishable key", async () => {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      const response = await failure(pricing(iphone.id, { delivery_country: "FR" }, { headers: {} }))
      expect(response.status).toBe(400)
    })

    it("never falls back from a lease to a price without the LEASING rule", async () => {
      const container = getContainer()
      const screen = await demoVariant(container, "U3224KB")
      // A plain Medusa price (no rules) on the buy-only screen, as the product editor would add.
      await container.resolve(Modules.PRICING).addPrices({
        priceSetId: screen.price_set_id,
        prices: [{ amount: 99, currency_code: "eur" }],
      })
      const before = await catalogRows(dbConnection, screen.id)

      const response = await failure(pricing(screen.id, { delivery_country: "FR", acquisition_mode: "LEASING" }))
      expect(response.status).toBe(404)
      expect(response.data.error).toBe("PRODUCT_PRICING_UNAVAILABLE")
      // Even with the offer flag switched on, the plain price is not a lease price.
      await dbConnection.raw("update leasing_offer set leasable = true where variant_id = ?", [screen.id])
      const again = await failure(pricing(screen.id, { delivery_country: "FR", acquisition_mode: "LEASING" }))
      expect(again.data.error).toBe("PRODUCT_PRICING_UNAVAILABLE")
      expect((await catalogRows(dbConnection, screen.id)).prices).toEqual(before.prices)
    })

    it("applies a customer-group price list to the lease price of a matching customer only", async () => {
      const container = getContainer()
      const air = await demoVariant(container, "MBA13-M3-16-256")
      const group = await api.post("/admin/customer-groups", { name: "Key accounts" }, demo.adminHeaders)
      await api.post(
        "/admin/price-lists",
        {
          title: "Key account leases",
          description: "Lower monthly rent for key accounts",
          type: "override",
          status: "active",
          rules: { "customer.groups.id": [group.data.customer_group.id] },
          prices: [{ variant_id: air.id, currency_code: "eur", amount: 39.5, rules: { acquisition_mode: "LEASING" } }],
        },
        demo.adminHeaders
      )
      const customerToken = async (email: string) => {
        const registration = await api.post("/auth/customer/emailpass/register", { email, password: "pw-123456" })
        await api.post(
          "/store/customers",
          { email },
          demo.storeHeadersWith({ authorization: `Bearer ${registration.data.token}` })
        )
        const login = await api.post("/auth/customer/emailpass", { email, password: "pw-123456" })
        return login.data.token as string
      }
      const keyToken = await customerToken("buyer@key-account.test")
      const otherToken = await customerToken("buyer@other.test")
      const { data: customers } = await container.resolve("query").graph({
        entity: "customer",
        fields: ["id"],
        filters: { email: "buyer@key-account.test" },
      })
      await api.post(
        `/admin/customer-groups/${group.data.customer_group.id}/customers`,
        { add: [customers[0].id] },
        demo.adminHeaders
      )

      const params = { delivery_country: "FR", keyboard_layout: "FRENCH_AZERTY" }
      const keyAccount = await pricing(air.id, params, demo.storeHeadersWith({ authorization: `Bearer ${keyToken}` }))
      const other = await pricing(air.id, params, demo.storeHeadersWith({ authorization: `Bearer ${otherToken}` }))
      const anonymous = await pricing(air.id, params)
      const keyAccountBuy = await pricing(
        air.id,
        { ...params, acquisition_mode: "BUY" },
        demo.storeHeadersWith({ authorization: `Bearer ${keyToken}` })
      )

      expect(keyAccount.data.data).toEqual(expect.objectContaining({ amount: 39.5, is_price_list_price: true }))
      expect(other.data.data).toEqual(expect.objectContaining({ amount: 44.17, is_price_list_price: false }))
      expect(anonymous.data.data.amount).toBe(44.17)
      // The list's price carries the LEASING rule: the purchase price is untouched.
      expect(keyAccountBuy.data.data.amount).toBe(1298.99)
    })
  })
})
