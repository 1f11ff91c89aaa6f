import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

const FR_TITLES = [
  "Dell Latitude 7450",
  "Dell UltraSharp monitors",
  "iPad Air 11 M2",
  "iPhone 16",
  "Lenovo ThinkPad X1 Carbon Gen 12",
  "MacBook Air 13 M3",
  "MacBook Pro 14 M4",
  "Samsung Galaxy S24",
  "Samsung Galaxy Tab S9",
]

leasingSuite(({ api, dbConnection, demo }) => {
  const catalog = (params: Record<string, string>) =>
    api.get(`/store/leasing/catalog/product-groups?${new URLSearchParams(params)}`, demo.storeHeaders)
  const titles = (response: any) => response.data.data.map((g: any) => g.title)
  /** Rows the catalog reads, to show that a GET wrote nothing. */
  const catalogRowCounts = async () =>
    (
      await dbConnection.raw(
        `select (select count(*) from leasing_offer where deleted_at is null)::int as offers,
                  (select count(*) from price where deleted_at is null)::int as prices,
                  (select count(*) from product where deleted_at is null)::int as products`
      )
    ).rows[0]

  describe("GET /store/leasing/catalog/product-groups", () => {
    it("lists the product groups offered in a country by title, with category, brand and prices", async () => {
      const before = await catalogRowCounts()
      const fr = await catalog({ delivery_country: "FR", limit: "100" })
      expect(fr.status).toBe(200)
      expect(fr.data.meta).toEqual({ total: 9, limit: 100, offset: 0 })
      expect(titles(fr)).toEqual(FR_TITLES)
      expect(fr.data.data.flatMap((g: any) => g.products)).toHaveLength(25)

      const air = fr.data.data.find((g: any) => g.handle === "macbook-air-13-m3")
      expect(air).toEqual(expect.objectContaining({ category: "COMPUTER", brand: "apple", brand_name: "Apple" }))
      // Groups are named by the platform's integers (`^[1-9]\d*$`), one per Medusa product, the
      // same in every country.
      const airProduct = await dbConnection.raw(
        "select p.id, g.group_number from product p join leasing_product_group g on g.product_id = p.id where p.handle = ?",
        ["macbook-air-13-m3"]
      )
      expect([air.id, air.medusa_product_id]).toEqual([airProduct.rows[0].group_number, airProduct.rows[0].id])
      const ids = fr.data.data.map((g: any) => g.id)
      expect(ids.every((id: unknown) => /^[1-9]\d*$/.test(String(id)) && typeof id === "number")).toBe(true)
      expect(new Set(ids).size).toBe(9)
      const ch = await catalog({ delivery_country: "CH", limit: "100" })
      expect(ch.data.data.find((g: any) => g.handle === "macbook-air-13-m3").id).toBe(air.id)
      expect(air.products.map((p: any) => p.name)).toEqual(["16 GB / 256 GB", "16 GB / 512 GB", "24 GB / 1 TB"])
      expect(air.products[0]).toEqual(
        expect.objectContaining({
          name: "16 GB / 256 GB",
          product_group_id: air.id,
          has_keyboard: true,
          lease_term_months: 36,
          characteristics: expect.objectContaining({ screen_size: "13.6 inch", ram: "16 GB", storage: "256 GB" }),
          leasing: expect.objectContaining({ amount: 44.17, currency: "eur" }),
          buy: expect.objectContaining({ amount: 1298.99, currency: "eur" }),
        })
      )
      // Per-layout prices: the Swiss keyboard's lease costs more.
      expect(air.products[0].leasing.by_layout).toEqual(
        expect.objectContaining({ FRENCH_AZERTY: 44.17, SWISS_QWERTZ: 45.67 })
      )

      const screens = fr.data.data.find((g: any) => g.handle === "dell-ultrasharp-monitors")
      const buyOnly = screens.products.find((p: any) => p.name.includes("U3224KB"))
      expect(buyOnly.leasing).toBeNull()
      expect(buyOnly.buy.amount).toBe(1898.99)
      expect(await catalogRowCounts()).toEqual(before)
    })

    it("shows only what is available in the country, in its region's currency", async () => {
      const ch = await catalog({ delivery_country: "CH", limit: "100" })
      const us = await catalog({ delivery_country: "US", limit: "100" })
      const handles = (r: any) => r.data.data.map((g: any) => g.handle)

      expect(handles(ch)).not.toContain("samsung-galaxy-s24")
      expect(handles(ch)).not.toContain("dell-latitude-7450")
      expect(handles(us)).not.toContain("thinkpad-x1-carbon-gen-12")
      expect(handles(us)).not.toContain("ipad-air-11-m2")
      // The database agrees: groups with an offer deliverable to CH.
      const { rows } = await dbConnection.raw(
        "select count(distinct product_id)::int as n from leasing_offer where deleted_at is null and 'CH' = any(available_countries)"
      )
      expect(ch.data.meta.total).toBe(rows[0].n)
      const iphone = ch.data.data
        .find((g: any) => g.handle === "iphone-16")
        .products.find((p: any) => p.name === "128 GB")
      // 969 EUR x 0.96 (CHF) x 4.8 % a month over 24 months.
      expect(iphone.leasing).toEqual(expect.objectContaining({ amount: 44.65, currency: "chf", by_layout: null }))
      // 6.2 % a month over 18 months, the iPhone's other term.
      expect(iphone.leasing.by_term["18"]).toEqual({ amount: 57.67, by_layout: null })
    })

    it("paginates by product group: pages, last page, offset past the end, limit 100", async () => {
      const page = (limit: number, offset: number) =>
        catalog({ delivery_country: "FR", limit: String(limit), offset: String(offset) })
      const [first, second, last, end, far, max, byDefault] = await Promise.all([
        page(4, 0),
        page(4, 4),
        page(4, 8),
        page(4, 9),
        page(20, 5000),
        page(100, 0),
        catalog({ delivery_country: "FR" }),
      ])
      expect([...titles(first), ...titles(second), ...titles(last)]).toEqual(FR_TITLES)
      expect(last.data.meta).toEqual({ total: 9, limit: 4, offset: 8 })
      expect(end.data).toEqual({ data: [], meta: { total: 9, limit: 4, offset: 9 } })
      expect(far.data).toEqual({ data: [], meta: { total: 9, limit: 20, offset: 5000 } })
      expect(titles(max)).toEqual(FR_TITLES)
      expect(byDefault.data.meta).toEqual({ total: 9, limit: 20, offset: 0 })
    })

    it.each([
      [{ delivery_country: "JP" }, 404, "DELIVERY_COUNTRY_NOT_FOUND"],
      [{ delivery_country: "France" }, 400, "VALIDATION_ERROR"],
      [{}, 400, "VALIDATION_ERROR"],
      [{ delivery_country: "FR", limit: "1000" }, 400, "VALIDATION_ERROR"],
      [{ delivery_country: "FR", limit: "101" }, 400, "VALIDATION_ERROR"],
      [{ delivery_country: "FR", limit: "0" }, 400, "VALIDATION_ERROR"],
      [{ delivery_country: "FR", limit: "ten" }, 400, "VALIDATION_ERROR"],
      [{ delivery_country: "FR", offset: "-1" }, 400, "VALIDATION_ERROR"],
      [{ delivery_country: "FR", offset: "2.5" }, 400, "VALIDATION_ERROR"],
      [{ delivery_country: "FR", offset: "99999999999999999999" }, 400, "VALIDATION_ERROR"],
      [{ delivery_country: "FR", currency_code: "jpy" }, 400, "CURRENCY_NOT_SUPPORTED"],
      [{ delivery_country: "FR", sort: "price" }, 400, "VALIDATION_ERROR"],
    ])("refuses %j with %s %s", async (params, status, code) => {
      const before = await catalogRowCounts()
      const response = await failure(catalog(params as Record<string, string>))
      expect(response.status).toBe(status)
      expect(response.data).toEqual({ error: code, message: expect.any(String) })
      expect(await catalogRowCounts()).toEqual(before)
    })

    it("hides unpublished groups, withdrawn offers, deleted variants and other sales channels", async () => {
      await dbConnection.raw("update product set status = 'draft' where handle = 'iphone-16'")
      // The Galaxy S24's two offers withdrawn: the group has nothing left to offer.
      await dbConnection.raw(
        "update leasing_offer set deleted_at = now() where product_id = (select id from product where handle = 'samsung-galaxy-s24')"
      )
      await dbConnection.raw("update product_variant set deleted_at = now() where sku = 'MBA13-M3-24-1T'")
      await dbConnection.raw(
        "update product_sales_channel set deleted_at = now() where product_id = (select id from product where handle = 'ipad-air-11-m2')"
      )
      const fr = await catalog({ delivery_country: "FR", limit: "100" })
      expect(fr.data.meta.total).toBe(6)
      expect(titles(fr)).toEqual(
        FR_TITLES.filter((t) => !["iPhone 16", "Samsung Galaxy S24", "iPad Air 11 M2"].includes(t))
      )
      const air = fr.data.data.find((g: any) => g.handle === "macbook-air-13-m3")
      expect(air.products.map((p: any) => p.name)).toEqual(["16 GB / 256 GB", "16 GB / 512 GB"])
    })
  })
})
