import { catalogRows, demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import {
  FR_ADDRESS,
  cartSnapshot,
  companyHeaders,
  createCart,
  leasingRows,
  prepareCheckout,
} from "../helpers/leasing-cart"

jest.setTimeout(180_000)

/**
 * An iPhone offered for 18, 24 and 36 months (36 by default): the 18- and 24-month rents carry
 * a lease_term_months price rule, the default term's rent carries none (as prices written
 * before terms existed).
 */
const termsOffer = {
  available_countries: ["FR", "DE"],
  has_keyboard: false,
  keyboard_layouts: [],
  lease_term_months: 36,
  lease_terms_months: [18, 24, 36],
  leasable: true,
  purchasable: true,
  prices: [
    { acquisition_mode: "LEASING", currency_code: "eur", amount: 52.9, lease_term_months: 18 },
    { acquisition_mode: "LEASING", currency_code: "eur", amount: 41.5, lease_term_months: 24 },
    { acquisition_mode: "LEASING", currency_code: "eur", amount: 31.2 },
    { acquisition_mode: "BUY", currency_code: "eur", amount: 969 },
  ],
}

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const upsert = (variantId: string, body: unknown) =>
    api.post(`/admin/leasing/variants/${variantId}/offer`, body, demo.adminHeaders)
  const pricing = (id: number | string, params: Record<string, string>) =>
    api
      .get(`/store/leasing/catalog/products/${id}/pricing?${new URLSearchParams(params)}`, demo.storeHeaders)
      .catch((e: any) => e.response)
  const patch = (cartId: string, body: unknown) => api.patch(`/store/carts/${cartId}`, body, companyHeaders(demo))
  /** The demo iPhone 16 128 GB, offered with termsOffer. */
  const iphoneWithTerms = async () => {
    const iphone = await demoVariant(getContainer(), "IP16-128")
    expect((await upsert(iphone.id, termsOffer)).status).toBe(200)
    return iphone
  }
  const item = (productId: number, extra: Record<string, unknown> = {}) => ({
    product_id: productId,
    delivery_country: "FR",
    ...extra,
  })

  describe("admin offer", () => {
    it("round-trips the terms and per-term prices, stored as lease_term_months price rules", async () => {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      const response = await upsert(iphone.id, termsOffer)

      expect(response.status).toBe(200)
      expect(response.data.offer).toEqual(
        expect.objectContaining({ lease_term_months: 36, lease_terms_months: [18, 24, 36] })
      )
      const leases = response.data.prices.filter((p: any) => p.acquisition_mode === "LEASING")
      expect(leases.map((p: any) => [p.amount, p.lease_term_months]).sort()).toEqual(
        [
          [31.2, null],
          [41.5, 24],
          [52.9, 18],
        ].sort()
      )
      const again = await api.get(`/admin/leasing/variants/${iphone.id}/offer`, demo.adminHeaders)
      expect(again.data).toEqual(response.data)

      const rows = await catalogRows(dbConnection, iphone.id)
      const stored = await dbConnection.raw(
        "select lease_term_months, lease_terms_months from leasing_offer where variant_id = ?",
        [iphone.id]
      )
      expect(stored.rows).toEqual([{ lease_term_months: 36, lease_terms_months: [18, 24, 36] }])
      const rules = rows.prices
        .filter((p: any) => p.live)
        .map((p: any) => p.rules.map((r: any) => `${r.a}=${r.v}`).join(","))
      expect(rules.sort()).toEqual(
        [
          "acquisition_mode=BUY",
          "acquisition_mode=LEASING",
          "acquisition_mode=LEASING,lease_term_months=18",
          "acquisition_mode=LEASING,lease_term_months=24",
        ].sort()
      )
    })

    it("takes a body without lease_terms_months as the default term only (existing callers)", async () => {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      const { lease_terms_months: _terms, ...legacy } = termsOffer
      const response = await upsert(iphone.id, {
        ...legacy,
        lease_term_months: 24,
        prices: [legacy.prices[2], legacy.prices[3]],
      })
      expect(response.status).toBe(200)
      expect(response.data.offer).toEqual(expect.objectContaining({ lease_term_months: 24, lease_terms_months: [24] }))
      const stored = await dbConnection.raw("select lease_terms_months from leasing_offer where variant_id = ?", [
        iphone.id,
      ])
      expect(stored.rows[0].lease_terms_months).toEqual([24])
    })

    it("refuses a default term outside the list, a term price of an unoffered term or of a purchase, and changes nothing", async () => {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      const before = await catalogRows(dbConnection, iphone.id)
      const cases: [unknown, string][] = [
        [{ ...termsOffer, lease_term_months: 18, lease_terms_months: [24, 36] }, "LEASE_TERM_NOT_OFFERED"],
        [{ ...termsOffer, lease_terms_months: [24, 36] }, "LEASE_TERM_NOT_OFFERED"],
        [
          {
            ...termsOffer,
            prices: [
              ...termsOffer.prices,
              { acquisition_mode: "BUY", currency_code: "eur", amount: 900, lease_term_months: 24 },
            ],
          },
          "LEASE_TERM_NOT_APPLICABLE",
        ],
      ]
      for (const [body, code] of cases) {
        const response = await failure(upsert(iphone.id, body))
        expect([response.status, response.data.code]).toEqual([400, code])
      }
      const invalid = await failure(upsert(iphone.id, { ...termsOffer, lease_terms_months: [12] }))
      expect([invalid.status, invalid.data.type]).toEqual([400, "invalid_data"])
      expect(await catalogRows(dbConnection, iphone.id)).toEqual(before)
    })
  })

  describe("GET /store/leasing/catalog/products/:id/pricing", () => {
    it("answers each term's own rent, the default term without a query, and says which term", async () => {
      const iphone = await iphoneWithTerms()
      const answers = await Promise.all(
        ["18", "24", "36", null].map((term) =>
          pricing(iphone.catalog_number, { delivery_country: "FR", ...(term ? { lease_term_months: term } : {}) })
        )
      )
      expect(answers.map((a) => [a.status, a.data.data.lease_term_months, a.data.data.amount])).toEqual([
        [200, 18, 52.9],
        [200, 24, 41.5],
        [200, 36, 31.2],
        [200, 36, 31.2],
      ])
      expect(answers[0].data.data.lease_terms_months).toEqual([18, 24, 36])
      const buy = await pricing(iphone.catalog_number, { delivery_country: "FR", acquisition_mode: "BUY" })
      expect([buy.data.data.amount, buy.data.data.lease_term_months]).toEqual([969, null])
    })

    it("refuses an unoffered term, a term for a purchase, and a non-default term without its own rent", async () => {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      // Terms 24 and 36, but only a rent without a term rule: it serves the default (36) only.
      await upsert(iphone.id, { ...termsOffer, lease_terms_months: [24, 36], prices: [termsOffer.prices[2]] })
      const before = await catalogRows(dbConnection, iphone.id)
      const unoffered = await pricing(iphone.catalog_number, { delivery_country: "FR", lease_term_months: "18" })
      const notAllowed = await pricing(iphone.catalog_number, { delivery_country: "FR", lease_term_months: "12" })
      const bought = await pricing(iphone.catalog_number, {
        delivery_country: "FR",
        acquisition_mode: "BUY",
        lease_term_months: "36",
      })
      const unpriced = await pricing(iphone.catalog_number, { delivery_country: "FR", lease_term_months: "24" })
      const atDefault = await pricing(iphone.catalog_number, { delivery_country: "FR", lease_term_months: "36" })

      expect([unoffered.status, unoffered.data.error]).toEqual([400, "LEASE_TERM_NOT_OFFERED"])
      expect([notAllowed.status, notAllowed.data.error]).toEqual([400, "LEASE_TERM_NOT_OFFERED"])
      expect([bought.status, bought.data.error]).toEqual([400, "LEASE_TERM_NOT_APPLICABLE"])
      expect([unpriced.status, unpriced.data.error]).toEqual([404, "PRODUCT_PRICING_UNAVAILABLE"])
      expect(unpriced.data.message).toContain("24 months")
      expect([atDefault.status, atDefault.data.data.amount]).toEqual([200, 31.2])
      expect(await catalogRows(dbConnection, iphone.id)).toEqual(before)
    })

    it("treats an offer without a term list (written before terms existed) as offering its default term only", async () => {
      const iphone = await demoVariant(getContainer(), "IP16-128")
      await dbConnection.raw("update leasing_offer set lease_terms_months = null where variant_id = ?", [iphone.id])
      const atDefault = await pricing(iphone.catalog_number, { delivery_country: "FR" })
      const other = await pricing(iphone.catalog_number, { delivery_country: "FR", lease_term_months: "18" })
      expect([atDefault.status, atDefault.data.data.lease_term_months, atDefault.data.data.lease_terms_months]).toEqual(
        [200, 24, [24]]
      )
      expect([other.status, other.data.error]).toEqual([400, "LEASE_TERM_NOT_OFFERED"])
      const admin = await api.get(`/admin/leasing/variants/${iphone.id}/offer`, demo.adminHeaders)
      expect(admin.data.offer.lease_terms_months).toEqual([24])
    })
  })

  describe("catalog", () => {
    it("lists the offer's terms and a rent per term, the default term's as the product's rent", async () => {
      const iphone = await iphoneWithTerms()
      const response = await api.get(
        `/store/leasing/catalog/product-groups/${iphone.product_id}/products?delivery_country=FR`,
        demo.storeHeaders
      )
      expect(response.status).toBe(200)
      const product = response.data.data.find((p: any) => p.id === iphone.catalog_number)
      expect(product).toEqual(expect.objectContaining({ lease_term_months: 36, lease_terms_months: [18, 24, 36] }))
      expect(product.leasing).toEqual({
        amount: 31.2,
        currency: "eur",
        by_layout: null,
        by_term: {
          "18": { amount: 52.9, by_layout: null },
          "24": { amount: 41.5, by_layout: null },
          "36": { amount: 31.2, by_layout: null },
        },
      })
    })
  })

  describe("cart devices", () => {
    it("writes each device's term and prices it for that term, in both contracts", async () => {
      const iphone = await iphoneWithTerms()
      const cartId = await createCart(api, demo)
      const order_items = [18, 24, 36].map((t) => item(iphone.catalog_number, { lease_term_months: t }))

      const response = await patch(cartId, { order_items: [...order_items, item(iphone.catalog_number)] })

      expect(response.status).toBe(200)
      expect(response.data.data.devices.map((d: any) => d.rent)).toEqual(["52.90", "41.50", "31.20", "31.20"])
      expect(response.data.data.rent).toBe("156.80")
      const rows = await leasingRows(dbConnection, cartId)
      expect(rows.lines.map((l: any) => [l.lease_term_months, l.leasing.lease_term_months])).toEqual([
        [18, 18],
        [24, 24],
        [36, 36],
        [36, 36],
      ])
      const view = await api.get(`/store/leasing/carts/${cartId}`, companyHeaders(demo, "acme", "READ"))
      expect(view.data).toEqual(response.data)

      // Medusa's route takes the same items under additional_data and shows the same figures.
      const viaPost = await createCart(api, demo)
      const posted = await api.post(
        `/store/carts/${viaPost}`,
        { additional_data: { order_items } },
        companyHeaders(demo)
      )
      expect(posted.data.cart.leasing).toEqual(expect.objectContaining({ num_devices: 3, monthly_rent: "125.60" }))
      expect(posted.data.cart.items.map((i: any) => i.leasing.lease_term_months).sort()).toEqual([18, 24, 36])
    })

    it("replaces a device whose term changes and keeps the others", async () => {
      const iphone = await iphoneWithTerms()
      const cartId = await createCart(api, demo)
      await patch(cartId, {
        order_items: [item(iphone.catalog_number, { lease_term_months: 18 }), item(iphone.catalog_number)],
      })
      const before = await leasingRows(dbConnection, cartId)

      const response = await patch(cartId, {
        order_items: [item(iphone.catalog_number, { lease_term_months: 24 }), item(iphone.catalog_number)],
      })

      expect(response.data.data.devices.map((d: any) => d.rent)).toEqual(["41.50", "31.20"])
      const after = await leasingRows(dbConnection, cartId)
      expect(after.lines.map((l: any) => l.lease_term_months)).toEqual([24, 36])
      expect(after.lines[1].line_item_id).toBe(before.lines[1].line_item_id)
      expect(after.lines[0].line_item_id).not.toBe(before.lines[0].line_item_id)
    })

    it("refuses an unoffered term with LEASE_TERM_NOT_OFFERED and a term on a bought device with LEASE_TERM_NOT_APPLICABLE, changing nothing", async () => {
      const container = getContainer()
      const iphone = await demoVariant(container, "IP16-128") // demo offer: 18 or 24 months
      const cartId = await createCart(api, demo)
      await patch(cartId, { order_items: [item(iphone.catalog_number, { lease_term_months: 18 })] })
      const before = await cartSnapshot(container, cartId)

      const cases: [Record<string, unknown>, string][] = [
        [{ lease_term_months: 36 }, "LEASE_TERM_NOT_OFFERED"],
        [{ lease_term_months: 12 }, "LEASE_TERM_NOT_OFFERED"],
        [{ acquisition_mode: "BUY", lease_term_months: 24 }, "LEASE_TERM_NOT_APPLICABLE"],
      ]
      for (const [extra, code] of cases) {
        const response = await failure(
          patch(cartId, { order_items: [item(iphone.catalog_number), item(iphone.catalog_number, extra)] })
        )
        expect([response.status, response.data.error]).toEqual([400, code])
        expect(response.data.message).toEqual(expect.any(String))
      }
      const fractional = await failure(
        patch(cartId, { order_items: [item(iphone.catalog_number, { lease_term_months: 24.5 })] })
      )
      expect([fractional.status, fractional.data.error]).toEqual([400, "VALIDATION_ERROR"])
      expect(await cartSnapshot(container, cartId)).toEqual(before)
      expect((await leasingRows(dbConnection, cartId)).lines.map((l: any) => l.lease_term_months)).toEqual([18])
    })

    it("applies a price list whose price carries a lease_term_months rule to that term's devices only", async () => {
      const iphone = await iphoneWithTerms()
      const list = await api.post(
        "/admin/price-lists",
        {
          title: "Two-year promotion",
          description: "Lower rent on 24-month leases",
          type: "override",
          status: "active",
          prices: [
            {
              variant_id: iphone.id,
              currency_code: "eur",
              amount: 35,
              rules: { acquisition_mode: "LEASING", lease_term_months: "24" },
            },
          ],
        },
        demo.adminHeaders
      )
      expect(list.status).toBe(200)
      const cartId = await createCart(api, demo)

      const response = await patch(cartId, {
        order_items: [18, 24, 36].map((t) => item(iphone.catalog_number, { lease_term_months: t })),
      })

      expect(response.status).toBe(200)
      expect(response.data.data.devices.map((d: any) => d.rent)).toEqual(["52.90", "35.00", "31.20"])
      expect(response.data.data.rent).toBe("119.10")
      const rows = await leasingRows(dbConnection, cartId)
      expect(rows.lines.map((l: any) => l.lease_term_months)).toEqual([18, 24, 36])
      const answers = await Promise.all(
        ["18", "24", "36"].map((t) => pricing(iphone.catalog_number, { delivery_country: "FR", lease_term_months: t }))
      )
      expect(answers.map((a) => [a.data.data.amount, a.data.data.is_price_list_price])).toEqual([
        [52.9, false],
        [35, true],
        [31.2, false],
      ])
      const stored = await dbConnection.raw(
        `select json_object_agg(r.attribute, r.value) as rules from price p join price_rule r on r.price_id = p.id
          where p.price_list_id = ? and p.deleted_at is null group by p.id`,
        [list.data.price_list.id]
      )
      expect(stored.rows).toEqual([{ rules: { acquisition_mode: "LEASING", lease_term_months: "24" } }])
    })
  })

  describe("checkout", () => {
    /** A shipped, paid cart of the company with one leased iPhone per term, Alice purchasing. */
    async function cartWithTerms(productId: number, terms: number[]) {
      const cartId = await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS, email: "buyer@acme.test" })
      const alice = demo.companies.acme.users[0]
      await patch(cartId, {
        purchaser_id: alice.number,
        order_items: terms.map((t) => item(productId, { lease_term_months: t })),
      })
      await prepareCheckout(api, getContainer(), cartId, companyHeaders(demo))
      return { cartId, purchaser_id: alice.number }
    }
    const contractsOf = async (cartId: string) =>
      (
        await dbConnection.raw(
          "select lease_term_months, monthly_rent::float as rent from lease_contract where cart_id = ? and deleted_at is null order by device_number",
          [cartId]
        )
      ).rows

    it("validates each leased device into a contract for its own term and rent", async () => {
      const iphone = await iphoneWithTerms()
      const { cartId, purchaser_id } = await cartWithTerms(iphone.catalog_number, [18, 24, 36])

      const response = await api.post(`/store/carts/${cartId}/validate`, { purchaser_id }, companyHeaders(demo))

      expect(response.status).toBe(200)
      expect(await contractsOf(cartId)).toEqual([
        { lease_term_months: 18, rent: 52.9 },
        { lease_term_months: 24, rent: 41.5 },
        { lease_term_months: 36, rent: 31.2 },
      ])
    })

    it("refuses to validate a device whose term the offer no longer allows, leaving no order and no contract", async () => {
      const iphone = await iphoneWithTerms()
      const { cartId, purchaser_id } = await cartWithTerms(iphone.catalog_number, [18])
      const withoutEighteen = { ...termsOffer, lease_terms_months: [24, 36], prices: termsOffer.prices.slice(1) }
      expect((await upsert(iphone.id, withoutEighteen)).status).toBe(200)
      const orders = async () =>
        (await dbConnection.raw(`select count(*)::int as n from "order" where deleted_at is null`)).rows[0].n
      const ordersBefore = await orders()
      const before = await cartSnapshot(getContainer(), cartId)

      const response = await failure(
        api.post(`/store/carts/${cartId}/validate`, { purchaser_id }, companyHeaders(demo))
      )

      expect([response.status, response.data.error]).toEqual([400, "LEASE_TERM_NOT_OFFERED"])
      expect(await orders()).toBe(ordersBefore)
      expect(await contractsOf(cartId)).toEqual([])
      expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
    })
  })
})
