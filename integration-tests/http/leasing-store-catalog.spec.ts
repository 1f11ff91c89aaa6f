import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure, useDemoFixture } from "../helpers/demo-fixture"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbConnection }) => {
    const demo = useDemoFixture({ api, getContainer })
    const catalog = (params: Record<string, string>) =>
      api.get(`/store/leasing/catalog?${new URLSearchParams(params)}`, demo.storeHeaders)

    describe("GET /store/leasing/catalog", () => {
      it("lists the product groups offered in a country with lease and purchase prices", async () => {
        const fr = await catalog({ delivery_country: "FR", limit: "100" })
        expect(fr.status).toBe(200)
        expect(fr.data.meta).toEqual({ total: 9, limit: 100, offset: 0 })
        const devices = fr.data.data.flatMap((g: any) => g.products)
        expect(devices).toHaveLength(25)

        const air = fr.data.data.find((g: any) => g.handle === "macbook-air-13-m3")
        expect(air.products.map((p: any) => p.name)).toEqual(["16 GB / 256 GB", "16 GB / 512 GB", "24 GB / 1 TB"])
        expect(air.products[0]).toEqual(
          expect.objectContaining({
            name: "16 GB / 256 GB",
            has_keyboard: true,
            lease_term_months: 36,
            leasing: expect.objectContaining({ amount: 44.17, currency: "eur" }),
            buy: expect.objectContaining({ amount: 1298.99, currency: "eur" }),
          })
        )
        // Per-layout prices: the Swiss keyboard's lease costs more.
        expect(air.products[0].leasing.by_layout).toEqual(expect.objectContaining({ FRENCH_AZERTY: 44.17, SWISS_QWERTZ: 45.67 }))

        const screens = fr.data.data.find((g: any) => g.handle === "dell-ultrasharp-monitors")
        const buyOnly = screens.products.find((p: any) => p.name.includes("U3224KB"))
        expect(buyOnly.leasing).toBeNull()
        expect(buyOnly.buy.amount).toBe(1898.99)
      })

      it("shows only what is available in the country, in its region's currency", async () => {
        const ch = await catalog({ delivery_country: "CH", limit: "100" })
        const us = await catalog({ delivery_country: "US", limit: "100" })
        const handles = (r: any) => r.data.data.map((g: any) => g.handle)

        expect(handles(ch)).not.toContain("samsung-galaxy-s24")
        expect(handles(ch)).not.toContain("dell-latitude-7450")
        expect(handles(us)).not.toContain("thinkpad-x1-carbon-gen-12")
        expect(handles(us)).not.toContain("ipad-air-11-m2")
        const iphone = ch.data.data.find((g: any) => g.handle === "iphone-16").products.find((p: any) => p.name === "128 GB")
        // 969 EUR x 0.96 (CHF) x 4.8 % a month over 24 months.
        expect(iphone.leasing).toEqual({ amount: 44.65, currency: "chf", by_layout: null })
      })

      it("paginates by product group", async () => {
        const first = await catalog({ delivery_country: "FR", limit: "4", offset: "0" })
        const second = await catalog({ delivery_country: "FR", limit: "4", offset: "4" })
        const last = await catalog({ delivery_country: "FR", limit: "4", offset: "8" })
        expect(first.data.data).toHaveLength(4)
        expect(second.data.data).toHaveLength(4)
        expect(last.data.data).toHaveLength(1)
        const ids = [...first.data.data, ...second.data.data, ...last.data.data].map((g: any) => g.id)
        expect(new Set(ids).size).toBe(9)
        expect(last.data.meta).toEqual({ total: 9, limit: 4, offset: 8 })
      })

      it.each([
        [{ delivery_country: "JP" }, 404, "DELIVERY_COUNTRY_NOT_FOUND"],
        [{ delivery_country: "France" }, 400, "VALIDATION_ERROR"],
        [{}, 400, "VALIDATION_ERROR"],
        [{ delivery_country: "FR", limit: "1000" }, 400, "VALIDATION_ERROR"],
        [{ delivery_country: "FR", currency_code: "jpy" }, 400, "CURRENCY_NOT_SUPPORTED"],
      ])("refuses %j with %s %s", async (params, status, code) => {
        const response = await failure(catalog(params as Record<string, string>))
        expect(response.status).toBe(status)
        expect(response.data).toEqual({ error: code, message: expect.any(String) })
      })

      it("hides unpublished product groups", async () => {
        await dbConnection.raw("update product set status = 'draft' where handle = 'iphone-16'")
        const fr = await catalog({ delivery_country: "FR", limit: "100" })
        expect(fr.data.meta.total).toBe(8)
        expect(fr.data.data.map((g: any) => g.handle)).not.toContain("iphone-16")
      })
    })
  },
})
