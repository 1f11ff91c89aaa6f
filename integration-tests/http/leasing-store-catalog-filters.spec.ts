import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

leasingSuite(({ api, dbConnection, demo }) => {
  const catalog = (params: Record<string, string>) =>
    api.get(
      `/store/leasing/catalog/product-groups?${new URLSearchParams({ limit: "100", ...params })}`,
      demo.storeHeaders
    )
  const handles = (response: any) => response.data.data.map((g: any) => g.handle)
  /** What the database says a filter should find: published groups by type value and collection handle. */
  const groupsInDb = async (where: { type?: string; collection?: string; country: string }) =>
    (
      await dbConnection.raw(
        `select p.handle from product p
             left join product_type t on t.id = p.type_id
             left join product_collection c on c.id = p.collection_id
            where p.status = 'published' and p.deleted_at is null
              and (?::text is null or t.value = ?) and (?::text is null or c.handle = ?)
              and exists (select 1 from leasing_offer o where o.product_id = p.id and o.deleted_at is null and ? = any(o.available_countries))
            order by lower(p.title)`,
        [where.type ?? null, where.type ?? null, where.collection ?? null, where.collection ?? null, where.country]
      )
    ).rows.map((r: { handle: string }) => r.handle)

  describe("GET /store/leasing/catalog/product-groups filters", () => {
    it.each([
      ["COMPUTER", ["dell-latitude-7450", "thinkpad-x1-carbon-gen-12", "macbook-air-13-m3", "macbook-pro-14-m4"]],
      ["SMARTPHONE", ["iphone-16", "samsung-galaxy-s24"]],
      ["TABLET", ["ipad-air-11-m2", "samsung-galaxy-tab-s9"]],
      ["SCREEN", ["dell-ultrasharp-monitors"]],
    ])("category=%s lists the groups of that product type", async (category, expected) => {
      const response = await catalog({ delivery_country: "FR", category })
      expect(response.status).toBe(200)
      expect(handles(response)).toEqual(expected)
      expect(response.data.meta.total).toBe(expected.length)
      expect(response.data.data.every((g: any) => g.category === category)).toBe(true)
      expect(handles(response)).toEqual(await groupsInDb({ type: category, country: "FR" }))
    })

    it.each([
      ["apple", ["ipad-air-11-m2", "iphone-16", "macbook-air-13-m3", "macbook-pro-14-m4"]],
      ["dell", ["dell-latitude-7450", "dell-ultrasharp-monitors"]],
      ["lenovo", ["thinkpad-x1-carbon-gen-12"]],
      ["samsung", ["samsung-galaxy-s24", "samsung-galaxy-tab-s9"]],
    ])("brand=%s lists the groups of that collection", async (brand, expected) => {
      const response = await catalog({ delivery_country: "FR", brand })
      expect(response.status).toBe(200)
      expect(handles(response)).toEqual(expected)
      expect(response.data.data.every((g: any) => g.brand === brand)).toBe(true)
      expect(handles(response)).toEqual(await groupsInDb({ collection: brand, country: "FR" }))
    })

    it.each([
      ["galaxy", ["samsung-galaxy-s24", "samsung-galaxy-tab-s9"]],
      // A brand's name or slug.
      ["APPLE", ["ipad-air-11-m2", "iphone-16", "macbook-air-13-m3", "macbook-pro-14-m4"]],
      // A variant's title ...
      ["32 GB", ["dell-latitude-7450", "thinkpad-x1-carbon-gen-12"]],
      // ... or SKU.
      ["u2724d", ["dell-ultrasharp-monitors"]],
      // Every word must match somewhere: brand and variant.
      ["apple 5G", ["ipad-air-11-m2"]],
      // Wildcards are literal characters.
      ["%", []],
      ["_", []],
    ])("search=%j matches titles, brands and variant text", async (search, expected) => {
      const response = await catalog({ delivery_country: "FR", search })
      expect(response.status).toBe(200)
      expect(handles(response)).toEqual(expected)
      expect(response.data.meta.total).toBe(expected.length)
    })

    it("combines filters, the country and pagination", async () => {
      const [computersApple, tabletsSamsung, phonesDell, dell32, chComputers, usComputers, applePage] =
        await Promise.all([
          catalog({ delivery_country: "FR", category: "COMPUTER", brand: "apple" }),
          catalog({ delivery_country: "FR", category: "TABLET", brand: "samsung" }),
          catalog({ delivery_country: "FR", category: "SMARTPHONE", brand: "dell" }),
          catalog({ delivery_country: "FR", category: "COMPUTER", brand: "dell", search: "32 GB" }),
          catalog({ delivery_country: "CH", category: "COMPUTER" }),
          catalog({ delivery_country: "US", category: "COMPUTER", search: "core" }),
          catalog({ delivery_country: "FR", brand: "apple", limit: "3", offset: "3" }),
        ])
      expect(handles(computersApple)).toEqual(["macbook-air-13-m3", "macbook-pro-14-m4"])
      expect(handles(tabletsSamsung)).toEqual(["samsung-galaxy-tab-s9"])
      expect(phonesDell.data).toEqual({ data: [], meta: { total: 0, limit: 100, offset: 0 } })
      expect(handles(dell32)).toEqual(["dell-latitude-7450"])
      expect(handles(chComputers)).toEqual(await groupsInDb({ type: "COMPUTER", country: "CH" }))
      expect(handles(chComputers)).toEqual(["thinkpad-x1-carbon-gen-12", "macbook-air-13-m3", "macbook-pro-14-m4"])
      // "Core" is in the Latitude's variants; the ThinkPad (also "Core") is not sold in the US.
      expect(handles(usComputers)).toEqual(["dell-latitude-7450"])
      expect(applePage.data).toEqual({
        data: [expect.objectContaining({ handle: "macbook-pro-14-m4" })],
        meta: { total: 4, limit: 3, offset: 3 },
      })
    })

    it("answers an empty list for a category or brand nobody sells", async () => {
      const empties: Record<string, string>[] = [
        { category: "CHAIR" },
        { category: "PHONEBOOTH" },
        { brand: "hp" },
        { brand: "apple", category: "SCREEN" },
      ]
      for (const params of empties) {
        const response = await catalog({ delivery_country: "FR", ...params })
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ data: [], meta: { total: 0, limit: 100, offset: 0 } })
      }
      // The type exists but only on a draft product: still nothing.
      await dbConnection.raw("update product set status = 'draft' where handle = 'dell-ultrasharp-monitors'")
      const screens = await catalog({ delivery_country: "FR", category: "SCREEN" })
      expect(screens.data.meta.total).toBe(0)
      expect(await groupsInDb({ type: "SCREEN", country: "FR" })).toEqual([])
    })

    it("follows the product's type and collection as the admin changes them", async () => {
      await dbConnection.raw(
        `update product set collection_id = (select id from product_collection where handle = 'dell')
            where handle = 'thinkpad-x1-carbon-gen-12'`
      )
      const dell = await catalog({ delivery_country: "FR", brand: "dell" })
      const lenovo = await catalog({ delivery_country: "FR", brand: "lenovo" })
      expect(handles(dell)).toEqual(["dell-latitude-7450", "dell-ultrasharp-monitors", "thinkpad-x1-carbon-gen-12"])
      expect(lenovo.data.meta.total).toBe(0)
    })

    it.each([
      [{ category: "computer" }],
      [{ category: "COMPUTER;DROP" }],
      [{ category: "" }],
      [{ brand: "Apple" }],
      [{ brand: "apple inc" }],
      [{ brand: "-apple" }],
      [{ brand: "a".repeat(101) }],
      [{ search: "   " }],
      [{ search: "x".repeat(101) }],
      [{ search: "a b c d e f g h i" }],
    ])("refuses %j with 400 VALIDATION_ERROR", async (params) => {
      const response = await failure(catalog({ delivery_country: "FR", ...params }))
      expect(response.status).toBe(400)
      expect(response.data).toEqual({
        error: "VALIDATION_ERROR",
        message: expect.stringMatching(/category|brand|search/),
      })
      const { rows } = await dbConnection.raw("select count(*)::int as n from leasing_offer where deleted_at is null")
      expect(rows[0].n).toBe(25)
    })
  })
})
