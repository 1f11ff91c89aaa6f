import { Modules } from "@medusajs/framework/utils"
import { catalogRows, demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

const phoneOffer = {
  available_countries: ["FR", "DE"],
  has_keyboard: false,
  keyboard_layouts: [],
  lease_term_months: 24,
  leasable: true,
  purchasable: true,
  prices: [
    { acquisition_mode: "LEASING", currency_code: "eur", amount: 39.9 },
    { acquisition_mode: "BUY", currency_code: "eur", amount: 899 },
  ],
}

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const upsert = (variantId: string, body: unknown) =>
    api.post(`/admin/leasing/variants/${variantId}/offer`, body, demo.adminHeaders)

  describe("GET /admin/leasing/variants/:id/offer", () => {
    it("returns the offer and its leasing prices", async () => {
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      const response = await api.get(`/admin/leasing/variants/${air.id}/offer`, demo.adminHeaders)
      expect(response.status).toBe(200)
      expect(response.data.offer).toEqual(
        expect.objectContaining({
          variant_id: air.id,
          catalog_number: air.catalog_number,
          has_keyboard: true,
          lease_term_months: 36,
        })
      )
      expect(response.data.prices).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            acquisition_mode: "LEASING",
            currency_code: "eur",
            amount: 44.17,
            keyboard_layout: null,
          }),
          expect.objectContaining({
            acquisition_mode: "LEASING",
            currency_code: "chf",
            amount: 43.9,
            keyboard_layout: "SWISS_QWERTZ",
          }),
          expect.objectContaining({ acquisition_mode: "BUY", currency_code: "usd", amount: 1415.99 }),
        ])
      )
    })

    it("needs an admin", async () => {
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      expect((await failure(api.get(`/admin/leasing/variants/${air.id}/offer`))).status).toBe(401)
    })

    it("answers 404 PRODUCT_NOT_FOUND for an unknown variant", async () => {
      const response = await failure(api.get("/admin/leasing/variants/variant_missing/offer", demo.adminHeaders))
      expect(response.status).toBe(404)
      expect(response.data).toEqual(expect.objectContaining({ code: "PRODUCT_NOT_FOUND", type: "not_found" }))
    })
  })

  describe("POST /admin/leasing/variants/:id/offer", () => {
    it("replaces the offer and its leasing prices, keeping the integer alias and plain prices", async () => {
      const container = getContainer()
      const iphone = await demoVariant(container, "IP16-128")
      await container.resolve(Modules.PRICING).addPrices({
        priceSetId: iphone.price_set_id,
        prices: [{ amount: 999, currency_code: "eur" }],
      })

      const response = await upsert(iphone.id, phoneOffer)

      expect(response.status).toBe(200)
      expect(response.data.offer).toEqual(
        expect.objectContaining({
          catalog_number: iphone.catalog_number,
          available_countries: ["FR", "DE"],
          lease_term_months: 24,
        })
      )
      const rows = await catalogRows(dbConnection, iphone.id)
      const live = rows.prices.filter((p: any) => p.live)
      expect(
        live
          .map((p: any) => [p.currency_code, Number(p.amount), p.rules.map((r: any) => `${r.a}=${r.v}`).join(",")])
          .sort()
      ).toEqual(
        [
          ["eur", 39.9, "acquisition_mode=LEASING"],
          ["eur", 899, "acquisition_mode=BUY"],
          ["eur", 999, ""],
        ].sort()
      )
    })

    it("creates an offer and a price set for a variant that had neither", async () => {
      const product = await api.post(
        "/admin/products",
        {
          title: "Fairphone 5",
          status: "published",
          options: [{ title: "Storage", values: ["256 GB"] }],
          variants: [{ title: "256 GB", options: { Storage: "256 GB" }, prices: [], manage_inventory: false }],
        },
        demo.adminHeaders
      )
      const variantId = product.data.product.variants[0].id

      const response = await upsert(variantId, phoneOffer)
      expect(response.status).toBe(200)
      expect(response.data.offer.catalog_number).toBeGreaterThan(0)
      expect(response.data.prices).toHaveLength(2)
      const rows = await catalogRows(dbConnection, variantId)
      expect(rows.offer).toHaveLength(1)
      expect(rows.prices.filter((p: any) => p.live)).toHaveLength(2)
    })

    /** The product groups of a product: its integer ids on the platform (one, once offered). */
    const groupsOf = async (productId: string) =>
      (
        await dbConnection.raw(
          "select group_number from leasing_product_group where product_id = ? and deleted_at is null",
          [productId]
        )
      ).rows.map((r: any) => r.group_number)
    const maxGroupNumber = async () =>
      (await dbConnection.raw("select coalesce(max(group_number), 0)::int as n from leasing_product_group")).rows[0].n
    const twoVariantPhone = async (title: string) =>
      (
        await api.post(
          "/admin/products",
          {
            title,
            status: "published",
            sales_channels: [{ id: demo.salesChannelId }],
            options: [{ title: "Storage", values: ["128 GB", "256 GB"] }],
            variants: ["128 GB", "256 GB"].map((v) => ({
              title: v,
              options: { Storage: v },
              prices: [],
              manage_inventory: false,
            })),
          },
          demo.adminHeaders
        )
      ).data.product

    it("gives a product its integer group id with its first offer, and keeps it for the next ones", async () => {
      const product = await twoVariantPhone("Pixel 9")
      const highest = await maxGroupNumber()
      expect(await groupsOf(product.id)).toEqual([])

      expect((await upsert(product.variants[0].id, phoneOffer)).status).toBe(200)
      expect(await groupsOf(product.id)).toEqual([highest + 1])
      expect((await upsert(product.variants[1].id, phoneOffer)).status).toBe(200)
      expect((await upsert(product.variants[0].id, { ...phoneOffer, lease_term_months: 36 })).status).toBe(200)
      expect(await groupsOf(product.id)).toEqual([highest + 1])

      // The store's catalog names the group and its products' group by that integer.
      const products = await api.get(
        `/store/leasing/catalog/product-groups/${highest + 1}/products?delivery_country=FR`,
        demo.storeHeaders
      )
      expect(products.data.data.map((p: any) => [p.name, p.product_group_id])).toEqual([
        ["128 GB", highest + 1],
        ["256 GB", highest + 1],
      ])
    })

    it("undoes a new product's group with its offer when writing the prices fails", async () => {
      const product = await twoVariantPhone("Pixel 9a")
      const variantId = product.variants[0].id
      const before = { rows: await catalogRows(dbConnection, variantId), highest: await maxGroupNumber() }
      const pricing = getContainer().resolve(Modules.PRICING)
      const addPrices = jest.spyOn(pricing, "addPrices").mockRejectedValueOnce(new Error("pricing database went away"))

      const response = await failure(upsert(variantId, phoneOffer))

      addPrices.mockRestore()
      expect(response.status).toBe(500)
      expect(JSON.stringify(response.data)).not.toContain("pricing database")
      expect(await groupsOf(product.id)).toEqual([])
      expect({ rows: await catalogRows(dbConnection, variantId), highest: await maxGroupNumber() }).toEqual(before)
    })

    const laptop = {
      available_countries: ["FR"],
      has_keyboard: true,
      keyboard_layouts: ["FRENCH_AZERTY"],
      prices: [{ acquisition_mode: "LEASING", currency_code: "eur", amount: 40 }],
    }
    it.each([
      [
        "an unknown keyboard layout",
        "MBA13-M3-16-256",
        { ...laptop, keyboard_layouts: ["KLINGON"] },
        400,
        "VALIDATION_ERROR",
      ],
      [
        "layouts on a keyboard-less device",
        "IP16-128",
        { ...phoneOffer, keyboard_layouts: ["FRENCH_AZERTY"] },
        400,
        "KEYBOARD_LAYOUT_NOT_APPLICABLE",
      ],
      [
        "a layout price on a keyboard-less device",
        "IP16-128",
        {
          ...phoneOffer,
          prices: [{ acquisition_mode: "LEASING", currency_code: "eur", amount: 30, keyboard_layout: "FRENCH_AZERTY" }],
        },
        400,
        "KEYBOARD_LAYOUT_NOT_APPLICABLE",
      ],
      [
        "a price for a layout that is not offered",
        "MBA13-M3-16-256",
        {
          ...laptop,
          prices: [{ acquisition_mode: "LEASING", currency_code: "eur", amount: 40, keyboard_layout: "GERMAN_QWERTZ" }],
        },
        400,
        "KEYBOARD_LAYOUT_NOT_OFFERED",
      ],
      [
        "a negative price",
        "IP16-128",
        { ...phoneOffer, prices: [{ acquisition_mode: "BUY", currency_code: "eur", amount: -5 }] },
        400,
        "VALIDATION_ERROR",
      ],
      [
        "a non-numeric price",
        "IP16-128",
        { ...phoneOffer, prices: [{ acquisition_mode: "BUY", currency_code: "eur", amount: "abc" }] },
        400,
        "VALIDATION_ERROR",
      ],
      [
        "an unknown currency",
        "IP16-128",
        { ...phoneOffer, prices: [{ acquisition_mode: "BUY", currency_code: "xyz", amount: 10 }] },
        400,
        "CURRENCY_NOT_SUPPORTED",
      ],
      [
        "a country that is not ISO alpha-2",
        "IP16-128",
        { ...phoneOffer, available_countries: ["FRA"] },
        400,
        "VALIDATION_ERROR",
      ],
      [
        "an unknown two-letter country",
        "IP16-128",
        { ...phoneOffer, available_countries: ["ZZ"] },
        400,
        "VALIDATION_ERROR",
      ],
      ["a lease term of 12 months", "IP16-128", { ...phoneOffer, lease_term_months: 12 }, 400, "VALIDATION_ERROR"],
      ["a lease price on a buy-only device", "IP16-128", { ...phoneOffer, leasable: false }, 400, "VALIDATION_ERROR"],
      [
        "two prices for the same mode and currency",
        "IP16-128",
        {
          ...phoneOffer,
          prices: [...phoneOffer.prices, { acquisition_mode: "BUY", currency_code: "eur", amount: 5 }],
        },
        400,
        "VALIDATION_ERROR",
      ],
      ["an unknown field", "IP16-128", { ...phoneOffer, colour: "red" }, 400, "VALIDATION_ERROR"],
    ])("refuses %s with %s %s and changes nothing", async (_name, sku, body, status, code) => {
      const variant = await demoVariant(getContainer(), sku)
      const before = await catalogRows(dbConnection, variant.id)

      const response = await failure(upsert(variant.id, body))

      expect(response.status).toBe(status)
      expect(response.data).toEqual(expect.objectContaining({ code, message: expect.stringMatching(/\w+ \w+/) }))
      expect(await catalogRows(dbConnection, variant.id)).toEqual(before)
    })

    it("refuses an unknown variant with 404 PRODUCT_NOT_FOUND and creates nothing", async () => {
      const count = async () => (await dbConnection.raw("select count(*)::int as n from leasing_offer")).rows[0].n
      const before = await count()
      const response = await failure(upsert("variant_missing", phoneOffer))
      expect(response.status).toBe(404)
      expect(response.data.code).toBe("PRODUCT_NOT_FOUND")
      expect(await count()).toBe(before)
    })

    it("undoes the offer when writing the prices fails midway", async () => {
      const container = getContainer()
      const iphone = await demoVariant(container, "IP16-128")
      const before = await catalogRows(dbConnection, iphone.id)
      const pricing = container.resolve(Modules.PRICING)
      const addPrices = jest.spyOn(pricing, "addPrices").mockRejectedValueOnce(new Error("pricing database went away"))

      const response = await failure(upsert(iphone.id, { ...phoneOffer, available_countries: ["FR"] }))

      addPrices.mockRestore()
      expect(response.status).toBe(500)
      expect(JSON.stringify(response.data)).not.toContain("pricing database")
      expect(await catalogRows(dbConnection, iphone.id)).toEqual(before)
    })
  })

  describe("GET /admin/leasing/offers and /admin/leasing/products/:id/offers", () => {
    it("filters by country, acquisition mode and product, and paginates", async () => {
      const all = await api.get("/admin/leasing/offers?limit=100", demo.adminHeaders)
      const us = await api.get("/admin/leasing/offers?delivery_country=us&limit=100", demo.adminHeaders)
      const leasing = await api.get("/admin/leasing/offers?acquisition_mode=LEASING&limit=100", demo.adminHeaders)
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      const ofProduct = await api.get(`/admin/leasing/offers?product_id=${air.product_id}`, demo.adminHeaders)
      const page = await api.get("/admin/leasing/offers?limit=10&offset=20", demo.adminHeaders)

      expect(all.data.count).toBe(25)
      // No Galaxy S24 (2), ThinkPad (3) or iPad Air (3) in the US.
      expect(us.data.count).toBe(17)
      expect(us.data.offers.every((o: any) => o.available_countries.includes("US"))).toBe(true)
      expect(leasing.data.count).toBe(24)
      expect(ofProduct.data.offers.map((o: any) => o.product_id)).toEqual([
        air.product_id,
        air.product_id,
        air.product_id,
      ])
      expect(page.data).toEqual(expect.objectContaining({ count: 25, limit: 10, offset: 20 }))
      expect(page.data.offers).toHaveLength(5)
    })

    it("refuses a bad filter with 400 VALIDATION_ERROR", async () => {
      const response = await failure(api.get("/admin/leasing/offers?delivery_country=France", demo.adminHeaders))
      expect(response.status).toBe(400)
      expect(response.data.code).toBe("VALIDATION_ERROR")
    })

    it("lists every variant of a product with its offer, and 404 for an unknown product", async () => {
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      const response = await api.get(`/admin/leasing/products/${air.product_id}/offers`, demo.adminHeaders)
      expect(response.data.variants.map((v: any) => v.variant.sku)).toEqual([
        "MBA13-M3-16-256",
        "MBA13-M3-16-512",
        "MBA13-M3-24-1T",
      ])
      expect(response.data.variants[0].prices.length).toBeGreaterThan(3)
      const missing = await failure(api.get("/admin/leasing/products/prod_missing/offers", demo.adminHeaders))
      expect(missing.status).toBe(404)
    })
  })
})
