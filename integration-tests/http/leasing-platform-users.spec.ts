import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import { companyHeaders, iphoneItem } from "../helpers/leasing-cart"

jest.setTimeout(180_000)
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"

// The company's users at the leasing platform's /users paths.
leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = (scope: "READ" | "WRITE" = "WRITE", company: "acme" | "helvetia" = "acme") =>
    companyHeaders(demo, company, scope)
  const acme = () => demo.companies.acme
  const userRows = async () =>
    (
      await dbConnection.raw(
        "select id, first_name, last_name, email, role, deleted_at from leasing_company_user order by number"
      )
    ).rows

  it("creates a user from an email alone (EMPLOYEE by default), 201", async () => {
    const response = await api.post("/store/leasing/users", { email: "New.Person@acme-robotics.test" }, headers())
    expect(response.status).toBe(201)
    expect(response.data.data).toEqual(
      expect.objectContaining({
        email: "new.person@acme-robotics.test",
        role: "EMPLOYEE",
        first_name: null,
        last_name: null,
        number: expect.any(Number),
      })
    )
    const row = (
      await dbConnection.raw("select company_id, role from leasing_company_user where id = ?", [response.data.data.id])
    ).rows[0]
    expect(row).toEqual({ company_id: acme().id, role: "EMPLOYEE" })
    const list = await api.get("/store/leasing/users?limit=2&offset=2", headers("READ"))
    expect(list.data.meta).toEqual({ total: 4, limit: 2, offset: 2 })
    expect(list.data.data.map((u: any) => u.id)).toEqual([acme().users[2].id, response.data.data.id])
    expect((await api.get("/store/leasing/users", headers("READ"))).data.meta).toEqual({
      total: 4,
      limit: 50,
      offset: 0,
    })
  })

  it("PATCH changes profile fields and role; null clears a name", async () => {
    const hugo = acme().users[1]
    const response = await api.patch(
      `/store/leasing/users/${hugo.number}`,
      { first_name: null, last_name: "Bernard-Roy", role: "ADMIN" },
      headers()
    )
    expect(response.status).toBe(200)
    expect(response.data.data).toEqual(
      expect.objectContaining({ id: hugo.id, first_name: null, last_name: "Bernard-Roy", role: "ADMIN" })
    )
    const row = (
      await dbConnection.raw("select first_name, last_name, role from leasing_company_user where id = ?", [hugo.id])
    ).rows[0]
    expect(row).toEqual({ first_name: null, last_name: "Bernard-Roy", role: "ADMIN" })
  })

  it("refuses what it must, with its code, and changes nothing", async () => {
    const [camille, hugo] = acme().users
    const other = demo.companies.helvetia.users[0]
    const cases: [string, string, Record<string, unknown> | undefined, any, number, string][] = [
      [
        "PATCH",
        `/store/leasing/users/${camille.number}`,
        { role: "EMPLOYEE" },
        headers(),
        409,
        "USER_ROLE_UPDATE_FORBIDDEN",
      ],
      ["PATCH", `/store/leasing/users/${hugo.number}`, {}, headers(), 400, "EMPTY_PATCH_BODY"],
      ["PATCH", `/store/leasing/users/${hugo.number}`, { email: camille.email }, headers(), 409, "USER_EMAIL_CONFLICT"],
      ["PATCH", `/store/leasing/users/${hugo.number}`, { role: "BOSS" }, headers(), 400, "VALIDATION_ERROR"],
      ["PATCH", `/store/leasing/users/${hugo.number}`, { customer_id: "cus_1" }, headers(), 400, "VALIDATION_ERROR"],
      ["PATCH", `/store/leasing/users/${hugo.number}`, { first_name: "X" }, headers("READ"), 403, "INSUFFICIENT_SCOPE"],
      ["PATCH", `/store/leasing/users/${other.number}`, { first_name: "X" }, headers(), 404, "USER_NOT_FOUND"],
      ["DELETE", `/store/leasing/users/${camille.number}`, undefined, headers(), 409, "USER_DELETE_BLOCKED"],
      ["DELETE", `/store/leasing/users/${hugo.number}`, undefined, headers("READ"), 403, "INSUFFICIENT_SCOPE"],
      ["DELETE", `/store/leasing/users/${other.number}`, undefined, headers(), 404, "USER_NOT_FOUND"],
      ["DELETE", `/store/leasing/users/${hugo.number}`, undefined, demo.storeHeaders, 401, "UNAUTHORIZED"],
      ["GET", `/store/leasing/users/${other.number}`, undefined, headers("READ"), 404, "USER_NOT_FOUND"],
      ["GET", "/store/leasing/users/99999999999", undefined, headers("READ"), 404, "USER_NOT_FOUND"],
      ["POST", "/store/leasing/users", { first_name: "No email" }, headers(), 400, "VALIDATION_ERROR"],
      ["POST", "/store/leasing/users", { email: camille.email.toUpperCase() }, headers(), 409, "USER_EMAIL_CONFLICT"],
    ]
    const before = await userRows()
    for (const [method, url, body, who, status, error] of cases) {
      const refused = await failure(api.request({ method, url, data: body, ...who }))
      expect({ method, url, body, status: refused.status, error: refused.data.error }).toEqual({
        method,
        url,
        body,
        status,
        error,
      })
    }
    expect(await userRows()).toEqual(before)
  })

  it("DELETE soft-deletes: the user is gone from the API, the row stays; a second ADMIN may go, the last may not", async () => {
    const [camille, , lea] = acme().users
    const response = await api.delete(`/store/leasing/users/${lea.number}`, headers())
    expect(response.data).toEqual({ data: { id: lea.number, deleted: true } })
    const row = (await dbConnection.raw("select deleted_at from leasing_company_user where id = ?", [lea.id])).rows[0]
    expect(row.deleted_at).not.toBeNull()
    const gone = await failure(api.get(`/store/leasing/users/${lea.number}`, headers("READ")))
    expect([gone.status, gone.data.error]).toEqual([404, "USER_NOT_FOUND"])
    const again = await failure(api.delete(`/store/leasing/users/${lea.number}`, headers()))
    expect([again.status, again.data.error]).toEqual([404, "USER_NOT_FOUND"])
    expect((await api.get("/store/leasing/users", headers("READ"))).data.meta.total).toBe(2)
    // The same email can be used again.
    expect((await api.post("/store/leasing/users", { email: lea.email }, headers())).status).toBe(201)

    // Camille is the only ADMIN until Hugo becomes one; then she may go.
    await api.patch(`/store/leasing/users/${acme().users[1].number}`, { role: "ADMIN" }, headers())
    expect((await api.delete(`/store/leasing/users/${camille.number}`, headers())).status).toBe(200)
  })

  it("refuses to delete the purchaser of an open cart (USER_DELETE_BLOCKED) until the cart is validated or gone", async () => {
    const hugo = acme().users[1]
    await api.post(
      "/store/leasing/carts",
      { purchaser_id: hugo.number, order_items: [await iphoneItem(getContainer())] },
      headers()
    )
    const before = await userRows()
    const refused = await failure(api.delete(`/store/leasing/users/${hugo.number}`, headers()))
    expect(refused.status).toBe(409)
    expect(refused.data).toEqual({ error: "USER_DELETE_BLOCKED", message: expect.stringContaining("open cart") })
    expect(await userRows()).toEqual(before)
  })
})
