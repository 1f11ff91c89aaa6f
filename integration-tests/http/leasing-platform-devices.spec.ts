import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { companyHeaders } from "../helpers/leasing-cart"
import { eventually, platformOrder } from "../helpers/platform-order"
import { addFreeEuDelivery } from "../helpers/shipping"

jest.setTimeout(240_000)
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"

// The company's fleet at the leasing platform's /devices paths.
leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = (scope: "READ" | "WRITE" = "WRITE", company: "acme" | "helvetia" = "acme") =>
    companyHeaders(demo, company, scope)
  const acme = () => demo.companies.acme
  const deviceRows = async () => (await dbConnection.raw("select * from leasing_device order by number")).rows
  const medusaOrderOf = async (orderId: number) =>
    (await dbConnection.raw("select order_id from leasing_cart where order_number = ?", [orderId])).rows[0]
      .order_id as string
  const laptop = (extra: Record<string, unknown> = {}) => ({
    name: "ThinkPad T14",
    type: "LAPTOP",
    category: "COMPUTER",
    ...extra,
  })

  beforeEach(async () => {
    await addFreeEuDelivery(getContainer(), demo.shippingProfileId)
  })

  it("checkout writes every ordered device, leased or bought, linked to its order line and contract", async () => {
    const orderId = await platformOrder(api, getContainer(), demo, { leased: 2, bought: 1 })
    const cart = (
      await dbConnection.raw("select cart_id, order_id from leasing_cart where order_number = ?", [orderId])
    ).rows[0]
    const cartDevices = (
      await dbConnection.raw(
        "select (metadata->'leasing'->>'device_number')::int as n from cart_line_item where cart_id = ? order by 1",
        [cart.cart_id]
      )
    ).rows.map((r: any) => r.n)

    const list = await api.get(`/store/leasing/devices?limit=100`, headers("READ"))
    const ordered = list.data.data.filter((d: any) => d.order_id === orderId)
    expect(ordered.map((d: any) => d.id).sort()).toEqual(cartDevices)
    const leased = ordered.filter((d: any) => d.is_rented)
    expect(leased).toHaveLength(2)
    expect(leased[0]).toEqual(
      expect.objectContaining({
        source: "ORDER",
        client_status: "IN_PREPARATION",
        category: "SMARTPHONE",
        user_id: acme().users[1].number,
        currency: "EUR",
        rent: expect.stringMatching(/^\d+\.\d{2}$/),
        contract_number: expect.any(String),
        purchase_price: null,
      })
    )
    expect(ordered.find((d: any) => !d.is_rented)).toEqual(
      expect.objectContaining({
        rent: null,
        purchase_price: expect.stringMatching(/^\d+\.\d{2}$/),
        contract_number: null,
      })
    )
    const rows = (
      await dbConnection.raw(
        "select d.lease_contract_id, c.order_item_id as contract_item, d.order_item_id from leasing_device d left join lease_contract c on c.id = d.lease_contract_id where d.order_id = ?",
        [cart.order_id]
      )
    ).rows
    expect(rows.filter((r: any) => r.lease_contract_id).every((r: any) => r.contract_item === r.order_item_id)).toBe(
      true
    )
  })

  it("ordered devices follow a fulfilment shipped, then delivered (IN_SERVICE when assigned); a cancelled order archives its devices", async () => {
    const orderId = await platformOrder(api, getContainer(), demo, { leased: 2 })
    const order = await medusaOrderOf(orderId)
    const { data } = await api.get(`/admin/orders/${order}`, demo.adminHeaders)
    const items = data.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))
    const statuses = async () =>
      (await api.get("/store/leasing/devices?limit=100", headers("READ"))).data.data
        .filter((d: any) => d.order_id === orderId)
        .map((d: any) => [d.user_id, d.client_status])

    const fulfilled = await api.post(`/admin/orders/${order}/fulfillments`, { items }, demo.adminHeaders)
    expect(fulfilled.status).toBe(200)
    const { data: withFulfillment } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: order } })
    const fulfillment = (withFulfillment[0] as any).fulfillments[0].id
    await api.post(`/admin/orders/${order}/fulfillments/${fulfillment}/shipments`, { items }, demo.adminHeaders)
    expect(await eventually(statuses, (s) => s.every(([, st]: any) => st === "SHIPPED"))).toEqual([
      [acme().users[1].number, "SHIPPED"],
      [null, "SHIPPED"],
    ])
    await api.post(`/admin/orders/${order}/fulfillments/${fulfillment}/mark-as-delivered`, {}, demo.adminHeaders)
    expect(await eventually(statuses, (s) => s.every(([, st]: any) => st !== "SHIPPED"))).toEqual([
      [acme().users[1].number, "IN_SERVICE"],
      [null, "DELIVERED"],
    ])

    const other = await platformOrder(api, getContainer(), demo, { leased: 1, purchaser: 2 })
    await api.post(`/admin/orders/${await medusaOrderOf(other)}/cancel`, {}, demo.adminHeaders)
    const archived = async () =>
      (await api.get(`/store/leasing/devices?client_status=ARCHIVED`, headers("READ"))).data.data.map(
        (d: any) => d.order_id
      )
    expect(await eventually(archived, (ids) => ids.length > 0)).toEqual([other])
  })

  it("POST registers equipment the company had (201 {data: {devices}}); bad serials and users change nothing", async () => {
    const response = await api.post(
      "/store/leasing/devices",
      {
        devices: [
          laptop({
            serial_number: "PF-3X9K2",
            user_id: acme().users[2].number,
            keyboard_layout: "FRENCH_AZERTY",
            is_rented: true,
            rent: 39.5,
            currency: "eur",
            rental_start_date: "2026-01-01",
            contract_number: "GRENKE-1",
          }),
          laptop({ name: "Spare screen", type: "MONITOR", category: "SCREEN", purchase_price: 199 }),
        ],
      },
      headers()
    )
    expect(response.status).toBe(201)
    expect(response.data.data.devices).toEqual([
      expect.objectContaining({
        name: "ThinkPad T14",
        source: "REGISTERED",
        client_status: "IN_SERVICE",
        user_id: acme().users[2].number,
        serial_number: "PF-3X9K2",
        rent: "39.50",
        currency: "EUR",
        rental_start_date: "2026-01-01T00:00:00.000Z",
        order_id: null,
      }),
      expect.objectContaining({
        name: "Spare screen",
        client_status: "AVAILABLE",
        user_id: null,
        purchase_price: "199.00",
      }),
    ])
    const before = await deviceRows()
    for (const [devices, status, error] of [
      [[laptop({ serial_number: "PF-3X9K2" })], 400, "INVALID_SERIAL_NUMBER"],
      [[laptop({ serial_number: "a b" })], 400, "INVALID_SERIAL_NUMBER"],
      [[laptop({ serial_number: "SAME-1" }), laptop({ serial_number: "SAME-1" })], 400, "INVALID_SERIAL_NUMBER"],
      [[laptop(), laptop({ user_id: demo.companies.helvetia.users[0].number })], 400, "INVALID_USER"],
      [[{ name: "x", type: "y" }], 400, "VALIDATION_ERROR"],
      [[laptop({ category: "ROBOT" })], 400, "VALIDATION_ERROR"],
      [[], 400, "VALIDATION_ERROR"],
    ] as const) {
      const refused = await failure(api.post("/store/leasing/devices", { devices }, headers()))
      expect({ devices, status: refused.status, error: refused.data.error }).toEqual({ devices, status, error })
    }
    const read = await failure(api.post("/store/leasing/devices", { devices: [laptop()] }, headers("READ")))
    expect([read.status, read.data.error]).toEqual([403, "INSUFFICIENT_SCOPE"])
    expect(await deviceRows()).toEqual(before)
  })

  it("GET filters by user_id, client_status and search, pages with meta, and shows no other company's device", async () => {
    await api.post(
      "/store/leasing/devices",
      {
        devices: [
          laptop({ serial_number: "ABC-111", user_id: acme().users[1].number }),
          laptop({ name: "MacBook Pro" }),
          laptop({ name: "Dell screen", category: "SCREEN" }),
        ],
      },
      headers()
    )
    await api.post(
      "/store/leasing/devices",
      { devices: [laptop({ name: "Helvetia laptop" })] },
      headers("WRITE", "helvetia")
    )
    const all = await api.get("/store/leasing/devices", headers("READ"))
    const total = all.data.meta.total
    expect(all.data.meta).toEqual({ total, limit: 50, offset: 0 })
    expect(all.data.data.some((d: any) => d.name === "Helvetia laptop")).toBe(false)
    const page = await api.get(`/store/leasing/devices?limit=1&offset=${total - 1}`, headers("READ"))
    expect(page.data).toEqual({ data: [all.data.data[total - 1]], meta: { total, limit: 1, offset: total - 1 } })
    expect((await api.get("/store/leasing/devices?offset=500", headers("READ"))).data).toEqual({
      data: [],
      meta: { total, limit: 50, offset: 500 },
    })
    const hugo = await api.get(`/store/leasing/devices?user_id=${acme().users[1].number}`, headers("READ"))
    expect(hugo.data.data.every((d: any) => d.user_id === acme().users[1].number)).toBe(true)
    expect(hugo.data.data.map((d: any) => d.serial_number)).toContain("ABC-111")
    expect(
      (await api.get("/store/leasing/devices?search=abc-1", headers("READ"))).data.data.map((d: any) => d.serial_number)
    ).toEqual(["ABC-111"])
    expect(
      (await api.get("/store/leasing/devices?search=macbook%20pro", headers("READ"))).data.data.map((d: any) => d.name)
    ).toEqual(["MacBook Pro"])
    expect((await api.get("/store/leasing/devices?search=%25", headers("READ"))).data.data).toEqual([])
    const available = await api.get("/store/leasing/devices?client_status=AVAILABLE", headers("READ"))
    expect(available.data.data.length).toBeGreaterThan(0)
    expect(available.data.data.every((d: any) => d.client_status === "AVAILABLE")).toBe(true)
    for (const q of ["limit=101", "client_status=BROKEN", "search=", "foo=1"]) {
      const refused = await failure(api.get(`/store/leasing/devices?${q}`, headers("READ")))
      expect([q, refused.status, refused.data.error]).toEqual([q, 400, "VALIDATION_ERROR"])
    }
    expect((await failure(api.get("/store/leasing/devices", demo.storeHeaders))).status).toBe(401)
  })

  it("PATCH assigns, renames and records a serial number; refuses what checkout owns; DELETE soft-deletes, never a running lease", async () => {
    const registered = (await api.post("/store/leasing/devices", { devices: [laptop()] }, headers())).data.data
      .devices[0]
    const patched = await api.patch(
      `/store/leasing/devices/${registered.id}`,
      { name: "ThinkPad T14 Gen 5", serial_number: "PF-NEW-1", user_id: acme().users[1].number },
      headers()
    )
    expect(patched.data.data).toEqual(
      expect.objectContaining({
        id: registered.id,
        name: "ThinkPad T14 Gen 5",
        serial_number: "PF-NEW-1",
        user_id: acme().users[1].number,
        client_status: "IN_SERVICE",
      })
    )
    const unassigned = await api.patch(
      `/store/leasing/devices/${registered.id}`,
      { user_id: null, client_status: "IN_MAINTENANCE" },
      headers()
    )
    expect(unassigned.data.data).toEqual(expect.objectContaining({ user_id: null, client_status: "IN_MAINTENANCE" }))

    const orderId = await platformOrder(api, getContainer(), demo, { leased: 1 })
    const leased = (await api.get("/store/leasing/devices?limit=100", headers("READ"))).data.data.find(
      (d: any) => d.order_id === orderId
    )
    const before = await deviceRows()
    for (const [method, url, body, who, status, error] of [
      ["PATCH", `/store/leasing/devices/${leased.id}`, { rent: 1 }, headers(), 409, "DEVICE_MUTATION_FORBIDDEN"],
      [
        "PATCH",
        `/store/leasing/devices/${leased.id}`,
        { client_status: "AVAILABLE" },
        headers(),
        409,
        "DEVICE_MUTATION_FORBIDDEN",
      ],
      [
        "PATCH",
        `/store/leasing/devices/${registered.id}`,
        { client_status: "SHIPPED" },
        headers(),
        409,
        "DEVICE_MUTATION_FORBIDDEN",
      ],
      ["PATCH", `/store/leasing/devices/${registered.id}`, {}, headers(), 400, "EMPTY_PATCH_BODY"],
      [
        "PATCH",
        `/store/leasing/devices/${registered.id}`,
        { serial_number: "!!" },
        headers(),
        400,
        "INVALID_SERIAL_NUMBER",
      ],
      [
        "PATCH",
        `/store/leasing/devices/${registered.id}`,
        { user_id: demo.companies.helvetia.users[0].number },
        headers(),
        400,
        "INVALID_USER",
      ],
      ["PATCH", `/store/leasing/devices/${registered.id}`, { name: "x" }, headers("READ"), 403, "INSUFFICIENT_SCOPE"],
      [
        "PATCH",
        `/store/leasing/devices/${registered.id}`,
        { name: "x" },
        headers("WRITE", "helvetia"),
        404,
        "DEVICE_NOT_FOUND",
      ],
      [
        "GET",
        `/store/leasing/devices/${registered.id}`,
        undefined,
        headers("READ", "helvetia"),
        404,
        "DEVICE_NOT_FOUND",
      ],
      ["GET", "/store/leasing/devices/abc", undefined, headers("READ"), 404, "DEVICE_NOT_FOUND"],
      ["DELETE", `/store/leasing/devices/${leased.id}`, undefined, headers(), 409, "DEVICE_MUTATION_FORBIDDEN"],
      ["DELETE", `/store/leasing/devices/${registered.id}`, undefined, headers("READ"), 403, "INSUFFICIENT_SCOPE"],
      [
        "DELETE",
        `/store/leasing/devices/${registered.id}`,
        undefined,
        headers("WRITE", "helvetia"),
        404,
        "DEVICE_NOT_FOUND",
      ],
      ["DELETE", `/store/leasing/users/${acme().users[1].number}`, undefined, headers(), 409, "USER_DELETE_BLOCKED"],
    ] as const) {
      const refused = await failure(api.request({ method, url, data: body, ...who }))
      expect({ method, url, body, status: refused.status, error: refused.data.error }).toEqual({
        method,
        url,
        body,
        status,
        error,
      })
    }
    expect(await deviceRows()).toEqual(before)
    expect((await api.get(`/store/leasing/devices/${leased.id}`, headers("READ"))).data.data.id).toBe(leased.id)

    const deleted = await api.delete(`/store/leasing/devices/${registered.id}`, headers())
    expect(deleted.data).toEqual({ data: { id: registered.id, deleted: true } })
    expect(
      (await dbConnection.raw("select deleted_at from leasing_device where number = ?", [registered.id])).rows[0]
        .deleted_at
    ).not.toBeNull()
    const gone = await failure(api.get(`/store/leasing/devices/${registered.id}`, headers("READ")))
    expect([gone.status, gone.data.error]).toEqual([404, "DEVICE_NOT_FOUND"])
  })
})
