import { demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

const MAC_LAYOUTS = [
  "FRENCH_AZERTY",
  "GERMAN_QWERTZ",
  "SPANISH_QWERTY",
  "ITALIAN_QWERTY",
  "PORTUGUESE_QWERTY",
  "DUTCH_QWERTY",
  "SWISS_QWERTZ",
  "AMERICAN_ENGLISH_QWERTY",
  "INTERNATIONAL_ENGLISH_QWERTY",
]

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  /** A product group's integer id (the platform's) and its Medusa product id, by product handle. */
  const groupOf = async (handle: string) =>
    (
      await dbConnection.raw(
        `select g.group_number as number, p.id as product_id
             from product p join leasing_product_group g on g.product_id = p.id and g.deleted_at is null
            where p.handle = ?`,
        [handle]
      )
    ).rows[0] as { number: number; product_id: string }
  const productsAt = (id: string | number, params: Record<string, string>, headers = demo.storeHeaders) =>
    api.get(`/store/leasing/catalog/product-groups/${id}/products?${new URLSearchParams(params)}`, headers)
  const products = async (handle: string, params: Record<string, string>, headers = demo.storeHeaders) =>
    productsAt((await groupOf(handle)).number, params, headers)
  const pricing = (id: number, params: Record<string, string>, headers = demo.storeHeaders) =>
    api
      .get(`/store/leasing/catalog/products/${id}/pricing?${new URLSearchParams(params)}`, headers)
      .catch((e: any) => e.response)

  describe("GET /store/leasing/catalog/product-groups/:id/products", () => {
    it("takes the group's integer id, or its Medusa product id, and answers the same", async () => {
      const air = await groupOf("macbook-air-13-m3")
      expect(Number.isInteger(air.number) && air.number > 0).toBe(true)
      const byNumber = await productsAt(air.number, { delivery_country: "FR" })
      const byMedusaId = await productsAt(air.product_id, { delivery_country: "FR" })
      expect([byNumber.status, byMedusaId.status]).toEqual([200, 200])
      expect(byMedusaId.data).toEqual(byNumber.data)
      expect(byNumber.data.data.map((p: any) => p.product_group_id)).toEqual([air.number, air.number, air.number])
      // The list names the group by the same integer.
      const list = await api.get(
        "/store/leasing/catalog/product-groups?delivery_country=FR&limit=100",
        demo.storeHeaders
      )
      expect(list.data.data.find((g: any) => g.handle === "macbook-air-13-m3")).toEqual(
        expect.objectContaining({ id: air.number, medusa_product_id: air.product_id })
      )
    })

    it("lists a group's products with characteristics and prices per mode, layout and term", async () => {
      const macRents = (rent: number) =>
        Object.fromEntries(MAC_LAYOUTS.map((l) => [l, l === "SWISS_QWERTZ" ? Number((rent + 1.5).toFixed(2)) : rent]))
      const response = await products("macbook-air-13-m3", { delivery_country: "FR" })
      expect(response.status).toBe(200)
      expect(response.data.meta).toEqual({ total: 3, limit: 3, offset: 0 })
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      const [first] = response.data.data
      expect(first).toEqual({
        id: air.catalog_number,
        variant_id: air.id,
        product_group_id: (await groupOf("macbook-air-13-m3")).number,
        name: "16 GB / 256 GB",
        sku: "MBA13-M3-16-256",
        img_url: null,
        has_keyboard: true,
        keyboard_layouts: MAC_LAYOUTS,
        lease_term_months: 36,
        lease_terms_months: [18, 24, 36],
        characteristics: {
          screen_size: "13.6 inch",
          processor: "Apple M3",
          ram: "16 GB",
          storage: "256 GB",
          connectivity: "Wi-Fi 6E",
          graphic: null,
        },
        leasing: {
          amount: 44.17,
          currency: "eur",
          by_layout: macRents(44.17),
          // 1,299 EUR x 3.4 % (36 months), 4.8 % (24), 6.2 % (18) a month; a Swiss keyboard 1.50 more.
          by_term: {
            "18": { amount: 80.54, by_layout: macRents(80.54) },
            "24": { amount: 62.35, by_layout: macRents(62.35) },
            "36": { amount: 44.17, by_layout: macRents(44.17) },
          },
        },
        buy: {
          amount: 1298.99,
          currency: "eur",
          by_layout: Object.fromEntries(MAC_LAYOUTS.map((l) => [l, 1298.99])),
        },
      })
      expect(response.data.data.map((p: any) => p.characteristics.ram)).toEqual(["16 GB", "16 GB", "24 GB"])
      // The characteristics come from the variant as stored.
      const { rows } = await dbConnection.raw("select metadata from product_variant where id = ?", [air.id])
      expect(rows[0].metadata.characteristics).toEqual(expect.objectContaining({ ram: "16 GB", storage: "256 GB" }))
    })

    it("prices a phone without layouts in the country's currency, and a buy-only screen", async () => {
      // 969 EUR x 0.96 (CHF) x 4.8 % a month over 24 months (the default term), 6.2 % over 18.
      const IPHONE_CHF_LEASING = {
        amount: 44.65,
        currency: "chf",
        by_layout: null,
        by_term: { "18": { amount: 57.67, by_layout: null }, "24": { amount: 44.65, by_layout: null } },
      }
      const iphone = await products("iphone-16", { delivery_country: "CH" })
      expect(iphone.data.data[0]).toEqual(
        expect.objectContaining({ name: "128 GB", has_keyboard: false, leasing: IPHONE_CHF_LEASING })
      )
      const screens = await products("dell-ultrasharp-monitors", { delivery_country: "FR", currency_code: "usd" })
      const sixK = screens.data.data.find((p: any) => p.sku === "U3224KB")
      expect(sixK.leasing).toBeNull()
      expect(sixK.buy.currency).toBe("usd")
      expect(sixK.characteristics.screen_size).toBe("31.5 inch")
    })

    it("answers 404 for a group unknown, unpublished or not offered in the country, 400 for bad values", async () => {
      const before = (await dbConnection.raw("select count(*)::int as n from product where status = 'published'"))
        .rows[0].n
      const notInCh = await failure(products("samsung-galaxy-s24", { delivery_country: "CH" }))
      expect(notInCh.status).toBe(404)
      const s24 = (await groupOf("samsung-galaxy-s24")).number
      expect(notInCh.data).toEqual({
        error: "PRODUCT_NOT_FOUND",
        message: `Product group ${s24} is not in the catalog of CH.`,
      })
      // Ids that name no group, as the pricing route answers them: an unknown integer or Medusa
      // id, and malformed ones (zero, a leading zero, beyond int4, negative, not an id).
      for (const id of ["999999", "prod_nope", "0", "01", "2147483648", "-1", "abc", "1.5"]) {
        const unknown = await failure(productsAt(id, { delivery_country: "FR" }))
        expect({ id, status: unknown.status, data: unknown.data }).toEqual({
          id,
          status: 404,
          data: { error: "PRODUCT_NOT_FOUND", message: `Product group ${id} is not in the catalog of FR.` },
        })
      }
      const bad: Record<string, string>[] = [
        {},
        { delivery_country: "XX" },
        { delivery_country: "FR", limit: "5" },
        { delivery_country: "FR", currency_code: "euro" },
      ]
      for (const params of bad) {
        const bad = await failure(products("iphone-16", params))
        expect(bad.status).toBe(400)
        expect(bad.data).toEqual({ error: "VALIDATION_ERROR", message: expect.any(String) })
      }
      expect((await failure(products("iphone-16", { delivery_country: "JP" }))).data.error).toBe(
        "DELIVERY_COUNTRY_NOT_FOUND"
      )

      await dbConnection.raw("update product set status = 'draft' where handle = 'iphone-16'")
      const draft = await failure(products("iphone-16", { delivery_country: "FR" }))
      expect(draft.status).toBe(404)
      expect(
        (await dbConnection.raw("select count(*)::int as n from product where status = 'published'")).rows[0].n
      ).toBe(before - 1)
    })
  })

  describe("catalog prices", () => {
    it("equal the pricing route's (Medusa's calculatePrices) for every device, mode, layout and term in FR and CH", async () => {
      let compared = 0
      for (const country of ["FR", "CH"]) {
        const list = await api.get(
          `/store/leasing/catalog/product-groups?delivery_country=${country}&limit=100`,
          demo.storeHeaders
        )
        for (const product of list.data.data.flatMap((g: any) => g.products)) {
          // Every layout of keyboard devices would be 400 requests: the first, and the Swiss one.
          const layouts: (string | null)[] = product.has_keyboard
            ? [
                ...new Set([
                  product.keyboard_layouts[0],
                  ...product.keyboard_layouts.filter((l: string) => l === "SWISS_QWERTZ"),
                ]),
              ]
            : [null]
          for (const mode of ["LEASING", "BUY"]) {
            for (const layout of layouts) {
              const shown = mode === "LEASING" ? product.leasing : product.buy
              const expected = shown ? (layout ? shown.by_layout[layout] : shown.amount) : null
              const params: Record<string, string> = { delivery_country: country, acquisition_mode: mode }
              if (layout) params.keyboard_layout = layout
              const answer = await pricing(product.id, params)
              if (expected === null) {
                expect([answer.status, answer.data.error]).toEqual([404, "PRODUCT_PRICING_UNAVAILABLE"])
              } else {
                expect([product.name, mode, layout, answer.status, answer.data.data.amount]).toEqual([
                  product.name,
                  mode,
                  layout,
                  200,
                  expected,
                ])
              }
              compared += 1
            }
          }
          // Every other term of a lease: by_term against the pricing route's answer for that term.
          for (const term of product.lease_terms_months.filter((t: number) => t !== product.lease_term_months)) {
            for (const layout of layouts) {
              const shown = product.leasing?.by_term[String(term)]
              const expected = shown ? (layout ? shown.by_layout[layout] : shown.amount) : null
              const params: Record<string, string> = { delivery_country: country, lease_term_months: String(term) }
              if (layout) params.keyboard_layout = layout
              const answer = await pricing(product.id, params)
              if (expected == null) {
                expect([answer.status, answer.data.error]).toEqual([404, "PRODUCT_PRICING_UNAVAILABLE"])
              } else {
                expect([product.name, term, layout, answer.status, answer.data.data.amount]).toEqual([
                  product.name,
                  term,
                  layout,
                  200,
                  expected,
                ])
              }
              compared += 1
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(80)
    })

    it("apply a customer group's override list and a sale list, as the pricing route does", async () => {
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      const group = await api.post("/admin/customer-groups", { name: "Key accounts" }, demo.adminHeaders)
      const lists = [
        {
          title: "Key account leases",
          description: "Lower rent for key accounts",
          type: "override",
          status: "active",
          rules: { "customer.groups.id": [group.data.customer_group.id] },
          prices: [{ variant_id: air.id, currency_code: "eur", amount: 39.5, rules: { acquisition_mode: "LEASING" } }],
        },
        {
          title: "Black Friday",
          description: "Everyone buys for less",
          type: "sale",
          status: "active",
          prices: [{ variant_id: air.id, currency_code: "eur", amount: 1199, rules: { acquisition_mode: "BUY" } }],
        },
      ]
      for (const list of lists) await api.post("/admin/price-lists", list, demo.adminHeaders)
      const registration = await api.post("/auth/customer/emailpass/register", {
        email: "buyer@key.test",
        password: "pw-123456",
      })
      const created = await api.post(
        "/store/customers",
        { email: "buyer@key.test" },
        demo.storeHeadersWith({ authorization: `Bearer ${registration.data.token}` })
      )
      await api.post(
        `/admin/customer-groups/${group.data.customer_group.id}/customers`,
        { add: [created.data.customer.id] },
        demo.adminHeaders
      )
      const login = await api.post("/auth/customer/emailpass", { email: "buyer@key.test", password: "pw-123456" })
      const keyAccount = demo.storeHeadersWith({ authorization: `Bearer ${login.data.token}` })

      const mine = (await products("macbook-air-13-m3", { delivery_country: "FR" }, keyAccount)).data.data[0]
      const anyone = (await products("macbook-air-13-m3", { delivery_country: "FR" })).data.data[0]
      // Medusa ranks a list's price above any default price, however specific: the Swiss layout too.
      expect(mine.leasing.by_layout).toEqual(expect.objectContaining({ FRENCH_AZERTY: 39.5, SWISS_QWERTZ: 39.5 }))
      expect(mine.leasing.amount).toBe(39.5)
      expect(anyone.leasing.amount).toBe(44.17)
      expect([mine.buy.amount, anyone.buy.amount]).toEqual([1199, 1199])
      const routeMine = await pricing(
        air.catalog_number,
        { delivery_country: "FR", keyboard_layout: "FRENCH_AZERTY" },
        keyAccount
      )
      const routeSwiss = await pricing(
        air.catalog_number,
        { delivery_country: "FR", keyboard_layout: "SWISS_QWERTZ" },
        keyAccount
      )
      const routeBuy = await pricing(air.catalog_number, {
        delivery_country: "FR",
        keyboard_layout: "FRENCH_AZERTY",
        acquisition_mode: "BUY",
      })
      expect([routeMine.data.data.amount, routeSwiss.data.data.amount, routeBuy.data.data.amount]).toEqual([
        39.5, 39.5, 1199,
      ])
      expect(anyone.leasing.by_layout.SWISS_QWERTZ).toBe(45.67)
      const { rows } = await dbConnection.raw(
        "select count(*)::int as n from price_list where deleted_at is null and status = 'active'"
      )
      expect(rows[0].n).toBe(2)
    })
  })
})
