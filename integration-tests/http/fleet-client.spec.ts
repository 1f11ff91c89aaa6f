import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { addFreeEuDelivery } from "../helpers/shipping"

jest.setTimeout(240_000)
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"

/**
 * A client written for Fleet's Platform API, moved to this shop by changing its base URL
 * (`https://api.fleet.co/platform/v1` → `<shop>/store/leasing`) and adding the publishable key.
 * It knows a base URL, the key and a token, nothing else: every call goes through `fleet`, which
 * refuses any path outside the base URL, and every answer is checked against the OpenAPI
 * document by the suite's interceptor.
 */
leasingSuite(({ api, getContainer, demo }) => {
  function fleetClient(baseUrl: string, publishableKey: string, token: string) {
    const calls: string[] = []
    const request = (method: string, path: string, data?: unknown) => {
      if (!path.startsWith("/") || path.includes("..")) throw new Error(`not a Platform API path: ${path}`)
      calls.push(`${method} ${path.split("?")[0]}`)
      return api.request({
        method,
        url: `${baseUrl}${path}`,
        data,
        headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
      })
    }
    return {
      calls,
      get: (path: string) => request("GET", path),
      post: (path: string, data: unknown) => request("POST", path, data),
      patch: (path: string, data: unknown) => request("PATCH", path, data),
      delete: (path: string) => request("DELETE", path),
    }
  }

  it("goes catalog → pricing → cart → validate → order → devices → users with Fleet's paths only", async () => {
    // The merchant includes delivery in the rent (shop set-up, not the client's doing).
    await addFreeEuDelivery(getContainer(), demo.shippingProfileId)
    const fleet = fleetClient("/store/leasing", demo.publishableKey, demo.companies.acme.tokens.WRITE.secret)

    // Catalog: a smartphone group in France, its products, a product's price.
    const groups = await fleet.get("/catalog/product-groups?delivery_country=FR&category=SMARTPHONE&limit=5")
    expect(groups.data.meta).toEqual(expect.objectContaining({ limit: 5, offset: 0 }))
    const group = groups.data.data[0]
    // Fleet's path ids are integers, a product group's too.
    expect(String(group.id)).toMatch(/^[1-9]\d*$/)
    const products = await fleet.get(`/catalog/product-groups/${group.id}/products?delivery_country=FR`)
    expect(products.data.data.map((p: any) => p.product_group_id)).toEqual(products.data.data.map(() => group.id))
    const product = products.data.data.find((p: any) => !p.has_keyboard && p.leasing)
    const pricing = await fleet.get(
      `/catalog/products/${product.id}/pricing?delivery_country=FR&currency=EUR&acquisition_mode=LEASING`
    )
    expect(pricing.data.data).toEqual(
      expect.objectContaining({ product_id: product.id, amount: expect.any(Number), min_shipping: 0, max_shipping: 35 })
    )

    // Users: the purchaser, and a new employee to give a device to.
    const users = await fleet.get("/users")
    const purchaser = users.data.data.find((u: any) => u.role === "ADMIN")
    const employee = (await fleet.post("/users", { email: "new.hire@acme-robotics.test" })).data.data
    expect(employee.role).toBe("EMPLOYEE")

    // Cart: created, changed, switched, read.
    const created = await fleet.post("/carts", {
      purchaser_id: purchaser.number,
      order_items: [{ product_id: product.id, delivery_country: "FR", user_id: employee.number }],
    })
    expect(created.status).toBe(201)
    const orderId = created.data.data.order_id
    const patched = await fleet.patch(`/carts/${orderId}`, {
      order_items: [
        { product_id: product.id, delivery_country: "FR", user_id: employee.number },
        { product_id: product.id, delivery_country: "FR" },
      ],
    })
    expect(patched.data.data).toEqual(expect.objectContaining({ id: orderId, num_devices: 2, currency: "EUR" }))
    expect(Number(patched.data.data.rent)).toBeCloseTo(2 * pricing.data.data.amount, 2)
    const empty = await failure(fleet.patch(`/carts/${orderId}`, {}))
    expect(empty.status).toBe(400)
    expect((await fleet.get(`/carts?purchaser_id=${purchaser.number}`)).data.data.map((c: any) => c.id)).toContain(
      orderId
    )
    expect((await fleet.get(`/carts/${orderId}`)).data).toEqual(patched.data)

    // Validate: no shipping method, no payment: the shop chooses the (free) delivery, nothing is due.
    const validated = await fleet.post(`/carts/${orderId}/validate`, { purchaser_id: purchaser.number })
    expect(validated.data).toEqual({ data: { order_id: orderId, client_status: "RECEIVED" } })
    const again = await failure(fleet.patch(`/carts/${orderId}`, { acquisition_mode: "BUY" }))
    expect([again.status, again.data.error]).toEqual([409, "ORDER_NOT_CART"])
    // Validating it again: Fleet's code for an order that is no longer a cart.
    const twice = await failure(fleet.post(`/carts/${orderId}/validate`, { purchaser_id: purchaser.number }))
    expect([twice.status, twice.data.error]).toEqual([409, "ORDER_STATUS_TRANSITION_FORBIDDEN"])

    // Order.
    const order = await fleet.get(`/orders/${orderId}`)
    expect(order.data.data).toEqual(expect.objectContaining({ id: orderId, client_status: "RECEIVED", num_devices: 2 }))
    expect((await fleet.get("/orders")).data.data.map((o: any) => o.id)).toContain(orderId)

    // Devices: the ordered ones are in the fleet; the company adds a laptop it already had.
    const mine = await fleet.get(`/devices?user_id=${employee.number}`)
    expect(mine.data.data).toEqual([
      expect.objectContaining({
        order_id: orderId,
        is_rented: true,
        client_status: "IN_PREPARATION",
        user_id: employee.number,
      }),
    ])
    const registered = await fleet.post("/devices", {
      devices: [{ name: "Old laptop", type: "LAPTOP", category: "COMPUTER", serial_number: "OLD-0001" }],
    })
    expect(registered.status).toBe(201)
    const laptop = registered.data.data.devices[0]
    const assigned = await fleet.patch(`/devices/${laptop.id}`, { user_id: purchaser.number })
    expect(assigned.data.data).toEqual(
      expect.objectContaining({ user_id: purchaser.number, client_status: "IN_SERVICE" })
    )
    expect((await fleet.get(`/devices/${laptop.id}`)).data.data.serial_number).toBe("OLD-0001")
    expect((await fleet.delete(`/devices/${laptop.id}`)).data).toEqual({ data: { id: laptop.id, deleted: true } })

    // Users again: the employee holds a leased device, so stays; promoting works; another leaves.
    const blocked = await failure(fleet.delete(`/users/${employee.number}`))
    expect([blocked.status, blocked.data.error]).toEqual([409, "USER_DELETE_BLOCKED"])
    expect((await fleet.patch(`/users/${employee.number}`, { role: "ADMIN", first_name: "Nina" })).data.data).toEqual(
      expect.objectContaining({ role: "ADMIN", first_name: "Nina" })
    )
    const leaver = (await fleet.post("/users", { email: "leaver@acme-robotics.test", first_name: "Leo" })).data.data
    expect((await fleet.delete(`/users/${leaver.number}`)).status).toBe(200)
    expect((await failure(fleet.get(`/users/${leaver.number}`))).data.error).toBe("USER_NOT_FOUND")

    // Fleet's 20 routes (by template), and nothing else.
    const templates = new Set(fleet.calls.map((c) => c.replace(/\/\d+/g, "/:id")))
    expect([...templates].sort()).toEqual(
      [
        "DELETE /devices/:id",
        "DELETE /users/:id",
        "GET /carts",
        "GET /carts/:id",
        "GET /catalog/product-groups",
        "GET /catalog/product-groups/:id/products",
        "GET /catalog/products/:id/pricing",
        "GET /devices",
        "GET /devices/:id",
        "GET /orders",
        "GET /orders/:id",
        "GET /users",
        "GET /users/:id",
        "PATCH /carts/:id",
        "PATCH /devices/:id",
        "PATCH /users/:id",
        "POST /carts",
        "POST /carts/:id/validate",
        "POST /devices",
        "POST /users",
      ].sort()
    )
  })
})
