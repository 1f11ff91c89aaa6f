import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { companyHeaders } from "../helpers/leasing-cart"

jest.setTimeout(180_000)
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"

// Staff see and edit a company's fleet from its admin page.
leasingSuite(({ api, dbConnection, demo }) => {
  const acme = () => demo.companies.acme
  const base = () => `/admin/leasing/companies/${acme().id}/devices`

  it("lists the company's devices with search and status filter, and edits one under the company's rules", async () => {
    await api.post(
      "/store/leasing/devices",
      {
        devices: [
          { name: "ThinkPad X1", type: "LAPTOP", category: "COMPUTER", serial_number: "X1-0001" },
          { name: "Dell screen", type: "MONITOR", category: "SCREEN" },
        ],
      },
      companyHeaders(demo)
    )
    await api.post(
      "/store/leasing/devices",
      { devices: [{ name: "Other company's", type: "LAPTOP", category: "COMPUTER" }] },
      companyHeaders(demo, "helvetia")
    )

    const list = await api.get(base(), demo.adminHeaders)
    expect(list.data).toEqual({
      devices: [
        expect.objectContaining({ name: "ThinkPad X1", user: null }),
        expect.objectContaining({ name: "Dell screen" }),
      ],
      count: 2,
      limit: 20,
      offset: 0,
    })
    expect((await api.get(`${base()}?q=x1-0`, demo.adminHeaders)).data.devices.map((d: any) => d.name)).toEqual([
      "ThinkPad X1",
    ])
    expect((await api.get(`${base()}?client_status=IN_SERVICE`, demo.adminHeaders)).data.count).toBe(0)

    const device = list.data.devices[0]
    const hugo = acme().users[1]
    const edited = await api.post(
      `${base()}/${device.id}`,
      { user_id: hugo.id, serial_number: "X1-0002" },
      demo.adminHeaders
    )
    expect(edited.data.device).toEqual(
      expect.objectContaining({
        id: device.id,
        user_id: hugo.id,
        serial_number: "X1-0002",
        client_status: "IN_SERVICE",
        user: expect.objectContaining({ email: hugo.email }),
      })
    )
    const row = (
      await dbConnection.raw("select user_id, serial_number, client_status from leasing_device where id = ?", [
        device.id,
      ])
    ).rows[0]
    expect(row).toEqual({ user_id: hugo.id, serial_number: "X1-0002", client_status: "IN_SERVICE" })

    const before = (await dbConnection.raw("select * from leasing_device order by number")).rows
    const shipped = await failure(api.post(`${base()}/${device.id}`, { client_status: "SHIPPED" }, demo.adminHeaders))
    expect([shipped.status, shipped.data.code]).toEqual([409, "DEVICE_MUTATION_FORBIDDEN"])
    const foreign = await failure(
      api.post(`${base()}/${device.id}`, { user_id: demo.companies.helvetia.users[0].id }, demo.adminHeaders)
    )
    expect([foreign.status, foreign.data.code]).toEqual([400, "INVALID_USER"])
    const otherCompany = await failure(
      api.post(
        `/admin/leasing/companies/${demo.companies.helvetia.id}/devices/${device.id}`,
        { name: "x" },
        demo.adminHeaders
      )
    )
    expect(otherCompany.status).toBe(404)
    const empty = await failure(api.post(`${base()}/${device.id}`, {}, demo.adminHeaders))
    expect(empty.status).toBe(400)
    const noAuth = await failure(api.get(base()))
    expect(noAuth.status).toBe(401)
    expect((await dbConnection.raw("select * from leasing_device order by number")).rows).toEqual(before)
  })
})
