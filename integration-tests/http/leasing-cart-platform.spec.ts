import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { cartSnapshot, companyHeaders, createCart, iphoneItem } from "../helpers/leasing-cart"

jest.setTimeout(180_000)

// What a platform client sees: it never names a Medusa region, and it names carts by integers.
leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = () => companyHeaders(demo)

  it("puts a cart created without a region in the store's default region (EUR)", async () => {
    const response = await api.post("/store/carts", {}, demo.storeHeaders)
    expect(response.data.cart.region_id).toBe(demo.regions.eur.id)
    expect(response.data.cart.currency_code).toBe("eur")
  })

  it("moves a cart without devices to the region of its first devices", async () => {
    const cartId = await createCart(api, demo, "chf")
    const response = await api.patch(
      `/store/carts/${cartId}`,
      { order_items: [await iphoneItem(getContainer(), "FR")] },
      headers()
    )
    expect(response.status).toBe(200)
    expect(response.data.data).toEqual(
      expect.objectContaining({ num_devices: 1, currency: "EUR", rent: expect.any(String) })
    )
    const cart = (await dbConnection.raw("select region_id, currency_code from cart where id = ?", [cartId])).rows[0]
    expect(cart).toEqual({ region_id: demo.regions.eur.id, currency_code: "eur" })
  })

  it("refuses devices in two regions with DELIVERY_COUNTRY_NOT_IN_REGION and changes nothing", async () => {
    const cartId = await createCart(api, demo, "eur")
    const before = await cartSnapshot(getContainer(), cartId)
    const body = { order_items: [await iphoneItem(getContainer(), "FR"), await iphoneItem(getContainer(), "CH")] }
    const response = await failure(api.patch(`/store/carts/${cartId}`, body, headers()))
    expect(response.status).toBe(400)
    expect(response.data.error).toBe("DELIVERY_COUNTRY_NOT_IN_REGION")
    expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
  })

  it("GET /store/leasing/carts/:id takes the integer order id, like PATCH, and answers PATCH's view", async () => {
    const cartId = await createCart(api, demo)
    const patched = await api.patch(
      `/store/carts/${cartId}`,
      { order_items: [await iphoneItem(getContainer())] },
      headers()
    )
    const orderId = patched.data.data.id

    const byNumber = await api.get(`/store/leasing/carts/${orderId}`, companyHeaders(demo, "acme", "READ"))
    const byId = await api.get(`/store/leasing/carts/${cartId}`, companyHeaders(demo, "acme", "READ"))

    expect(byNumber.data).toEqual(patched.data)
    expect(byId.data).toEqual(patched.data)
    for (const [path, who] of [
      [`/store/leasing/carts/${orderId}`, companyHeaders(demo, "helvetia", "READ")],
      [`/store/leasing/carts/${orderId + 1000}`, headers()],
      ["/store/leasing/carts/99999999999", headers()],
    ] as const) {
      const refused = await failure(api.get(path, who))
      expect({ path, status: refused.status, error: refused.data.error }).toEqual({
        path,
        status: 404,
        error: "CART_NOT_FOUND",
      })
    }
  })
})
