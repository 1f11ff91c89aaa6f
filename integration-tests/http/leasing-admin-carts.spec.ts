import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { companyHeaders, createCart, iphoneItem } from "../helpers/leasing-cart"

jest.setTimeout(180_000)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  async function fill(company: "acme" | "helvetia", currency: "eur" | "chf", modes: ("LEASING" | "BUY")[]) {
    const cartId = await createCart(api, demo, currency)
    const country = currency === "chf" ? "CH" : "FR"
    const items = await Promise.all(
      modes.map((acquisition_mode) => iphoneItem(getContainer(), country, { acquisition_mode }))
    )
    const patched = await api.patch(`/store/carts/${cartId}`, { order_items: items }, companyHeaders(demo, company))
    return { cartId, view: patched.data.data }
  }

  it("lists open leasing carts with their company, devices, monthly rent and one-time total, newest update first", async () => {
    const first = await fill("acme", "eur", ["LEASING", "LEASING", "BUY"])
    const second = await fill("helvetia", "chf", ["LEASING"])
    const completed = await fill("acme", "eur", ["BUY"])
    await dbConnection.raw("update cart set completed_at = now() where id = ?", [completed.cartId])
    const buyPrice = Number(
      (
        await dbConnection.raw(
          "select unit_price from cart_line_item where cart_id = ? and metadata->'leasing'->>'acquisition_mode' = 'BUY'",
          [first.cartId]
        )
      ).rows[0].unit_price
    )

    const response = await api.get("/admin/leasing/carts", demo.adminHeaders)

    expect(response.status).toBe(200)
    expect(response.data.count).toBe(2)
    expect(response.data.carts.map((c: any) => c.id)).toEqual([second.cartId, first.cartId])
    expect(response.data.carts[1]).toEqual({
      id: first.cartId,
      order_number: first.view.id,
      company: { id: demo.companies.acme.id, name: expect.any(String) },
      num_devices: 3,
      leased: 2,
      bought: 1,
      monthly_rent: first.view.rent,
      one_time_total: buyPrice.toFixed(2),
      currency_code: "eur",
      updated_at: expect.any(String),
    })
    expect(response.data.carts[0]).toEqual(
      expect.objectContaining({
        company: expect.objectContaining({ id: demo.companies.helvetia.id }),
        currency_code: "chf",
        leased: 1,
        bought: 0,
      })
    )
  })

  it("filters by company and pages", async () => {
    await fill("acme", "eur", ["LEASING"])
    await fill("acme", "eur", ["BUY"])
    await fill("helvetia", "chf", ["LEASING"])

    const acme = await api.get(
      `/admin/leasing/carts?company_id=${demo.companies.acme.id}&limit=1&offset=1`,
      demo.adminHeaders
    )

    expect(acme.data).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
    expect(acme.data.carts).toHaveLength(1)
    expect(acme.data.carts[0].company.id).toBe(demo.companies.acme.id)
  })

  it("refuses a malformed company id and needs an admin", async () => {
    const bad = await failure(api.get("/admin/leasing/carts?company_id=x';--", demo.adminHeaders))
    expect(bad.status).toBe(400)
    const anonymous = await failure(api.get("/admin/leasing/carts"))
    expect(anonymous.status).toBe(401)
  })
})
