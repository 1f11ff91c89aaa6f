import { companyDbState, liveRows } from "../helpers/company-db"
import { failure } from "../helpers/demo-fixture"
import { signUpCustomer } from "../helpers/store-customer"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

// Many calls share each demo token here; the limit itself is tested in company-rate-limit.spec.ts.
const env = { LEASING_RATE_LIMIT_PER_MINUTE: "100000" }

leasingSuite({ env }, ({ api, dbConnection, demo: fixture }) => {
  const as = (secret: string) => fixture.storeHeadersWith({ authorization: `Bearer ${secret}` })
  const acme = () => fixture.companies.acme

  describe("GET /store/leasing/company", () => {
    it("answers the token's company with its default address, and writes nothing", async () => {
      const before = await companyDbState(dbConnection)
      const response = await api.get("/store/leasing/company", as(acme().tokens.READ.secret))

      expect(response.status).toBe(200)
      const defaultAddress = acme().addresses.find((a) => a.is_default)!
      expect(response.data).toEqual({
        data: expect.objectContaining({
          id: acme().id,
          number: acme().number,
          name: "Acme Robotics SAS",
          country_code: "FR",
          default_address: expect.objectContaining({
            id: defaultAddress.id,
            number: defaultAddress.number,
            city: "Lyon",
          }),
        }),
      })
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("answers 401 without credentials, with a bad token and with a non-JWT bearer", async () => {
      const before = await companyDbState(dbConnection)
      for (const headers of [fixture.storeHeaders, as("lsk_" + "x".repeat(43)), as("not-a-jwt")]) {
        const response = await failure(api.get("/store/leasing/company", headers))
        expect(response.status).toBe(401)
        expect(response.data).toEqual({ error: "UNAUTHORIZED", message: expect.any(String) })
      }
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("still needs the publishable key (Medusa's own check)", async () => {
      const response = await failure(
        api.get("/store/leasing/company", { headers: { authorization: `Bearer ${acme().tokens.READ.secret}` } })
      )
      expect(response.status).toBe(400)
    })

    it("answers 401 to a revoked token", async () => {
      const token = acme().tokens.WRITE
      await api.post(`/admin/leasing/companies/${acme().id}/api-tokens/${token.id}/revoke`, {}, fixture.adminHeaders)
      const before = await companyDbState(dbConnection)

      const read = await failure(api.get("/store/leasing/company", as(token.secret)))
      const write = await failure(
        api.post("/store/leasing/users", { first_name: "X", last_name: "Y", email: "x@y.test" }, as(token.secret))
      )

      expect([read.status, write.status]).toEqual([401, 401])
      expect(write.data.error).toBe("UNAUTHORIZED")
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("answers 404 COMPANY_NOT_FOUND to a valid token whose company was deleted", async () => {
      await api.delete(`/admin/leasing/companies/${acme().id}`, fixture.adminHeaders)
      const before = await companyDbState(dbConnection)

      const response = await failure(api.get("/store/leasing/company", as(acme().tokens.WRITE.secret)))

      expect(response.status).toBe(404)
      expect(response.data).toEqual({ error: "COMPANY_NOT_FOUND", message: expect.any(String) })
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })

  describe("users", () => {
    it("lists the company's users with limit/offset and the platform's meta", async () => {
      const response = await api.get("/store/leasing/users?limit=2&offset=1", as(acme().tokens.READ.secret))

      expect(response.status).toBe(200)
      expect(response.data.meta).toEqual({ total: 3, limit: 2, offset: 1 })
      expect(response.data.data.map((u: any) => u.number)).toEqual(
        acme()
          .users.slice(1)
          .map((u) => u.number)
      )
      expect(response.data.data[0]).not.toHaveProperty("customer_id")

      const admins = await api.get("/store/leasing/users?role=ADMIN", as(acme().tokens.READ.secret))
      expect(admins.data.data.map((u: any) => u.email)).toEqual(["camille.martin@acme-robotics.test"])
    })

    it("retrieves a user by its number or its id", async () => {
      const user = acme().users[1]
      for (const ref of [user.number, user.id]) {
        const response = await api.get(`/store/leasing/users/${ref}`, as(acme().tokens.READ.secret))
        expect(response.status).toBe(200)
        expect(response.data.data).toEqual(
          expect.objectContaining({ id: user.id, number: user.number, email: user.email })
        )
      }
    })

    it("refuses a bad list query with the platform's 400", async () => {
      const response = await failure(api.get("/store/leasing/users?limit=500", as(acme().tokens.READ.secret)))
      expect(response.status).toBe(400)
      expect(response.data).toEqual({ error: "VALIDATION_ERROR", message: expect.stringContaining("limit") })
    })

    it("adds a user with a WRITE token, to the token's company", async () => {
      const response = await api.post(
        "/store/leasing/users",
        { first_name: "Nina", last_name: "Roux", email: "Nina.Roux@Acme-Robotics.test", role: "EMPLOYEE" },
        as(acme().tokens.WRITE.secret)
      )

      expect(response.status).toBe(201)
      expect(response.data.data).toEqual(
        expect.objectContaining({
          company_id: acme().id,
          email: "nina.roux@acme-robotics.test",
          number: expect.any(Number),
        })
      )
      const rows = await liveRows(dbConnection, "leasing_company_user", acme().id)
      expect(rows).toHaveLength(4)
      expect(rows.find((r) => r.id === response.data.data.id)?.email).toBe("nina.roux@acme-robotics.test")
    })

    it("answers 409 USER_EMAIL_CONFLICT to an email already in the company, and writes nothing", async () => {
      const before = await companyDbState(dbConnection)
      const response = await failure(
        api.post(
          "/store/leasing/users",
          { first_name: "Again", last_name: "Camille", email: "CAMILLE.martin@acme-robotics.test" },
          as(acme().tokens.WRITE.secret)
        )
      )
      expect(response.status).toBe(409)
      expect(response.data).toEqual({
        error: "USER_EMAIL_CONFLICT",
        message: expect.stringContaining("already exists"),
      })
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("answers 403 INSUFFICIENT_SCOPE to a READ token's write, before looking at the body", async () => {
      const before = await companyDbState(dbConnection)
      for (const body of [{ first_name: "R", last_name: "O", email: "ro@acme.test" }, { nonsense: true }]) {
        const response = await failure(api.post("/store/leasing/users", body, as(acme().tokens.READ.secret)))
        expect(response.status).toBe(403)
        expect(response.data).toEqual({ error: "INSUFFICIENT_SCOPE", message: expect.any(String) })
      }
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("answers the platform's 400 to an invalid body, and writes nothing", async () => {
      const before = await companyDbState(dbConnection)
      const response = await failure(
        api.post(
          "/store/leasing/users",
          { first_name: "N", last_name: "R", email: "nope", role: "BOSS" },
          as(acme().tokens.WRITE.secret)
        )
      )
      expect(response.status).toBe(400)
      expect(response.data.error).toBe("VALIDATION_ERROR")
      expect(response.data.message).toMatch(/email/)
      expect(response.data.message).toMatch(/role/)
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })

  describe("addresses", () => {
    it("lists and retrieves the company's saved addresses", async () => {
      const list = await api.get("/store/leasing/company/addresses", as(acme().tokens.READ.secret))
      expect(list.status).toBe(200)
      expect(list.data.meta).toEqual({ total: acme().addresses.length, limit: 50, offset: 0 })
      expect(list.data.data.filter((a: any) => a.is_default)).toHaveLength(1)

      const paris = acme().addresses[1]
      const one = await api.get(`/store/leasing/company/addresses/${paris.number}`, as(acme().tokens.READ.secret))
      expect(one.data.data).toEqual(
        expect.objectContaining({ id: paris.id, city: "Paris", country_code: "FR", is_default: false })
      )
    })

    it("saves a new default address with a WRITE token and unsets the old default", async () => {
      const response = await api.post(
        "/store/leasing/company/addresses",
        { label: "Bordeaux", address_1: "3 Quai", city: "Bordeaux", country_code: "fr", is_default: true },
        as(acme().tokens.WRITE.secret)
      )

      expect(response.status).toBe(201)
      expect(response.data.data).toEqual(
        expect.objectContaining({ country_code: "FR", is_default: true, company_id: acme().id })
      )
      const defaults = (await liveRows(dbConnection, "leasing_company_address", acme().id)).filter((a) => a.is_default)
      expect(defaults.map((a) => a.id)).toEqual([response.data.data.id])
    })

    it("answers 403 to a READ token and 400 to a bad country, writing nothing", async () => {
      const before = await companyDbState(dbConnection)
      const body = { address_1: "1 Rue", city: "Lyon", country_code: "FR" }
      const read = await failure(api.post("/store/leasing/company/addresses", body, as(acme().tokens.READ.secret)))
      const invalid = await failure(
        api.post("/store/leasing/company/addresses", { ...body, country_code: "FRA" }, as(acme().tokens.WRITE.secret))
      )
      expect([read.status, read.data.error]).toEqual([403, "INSUFFICIENT_SCOPE"])
      expect([invalid.status, invalid.data.error]).toEqual([400, "VALIDATION_ERROR"])
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })

  describe("a signed-in customer linked to a company user", () => {
    const link = async (userIndex: number, email: string) => {
      const customer = await signUpCustomer(api, fixture.publishableKey, email)
      const user = acme().users[userIndex]
      await api.post(
        `/admin/leasing/companies/${acme().id}/users/${user.id}`,
        { customer_id: customer.customerId },
        fixture.adminHeaders
      )
      return as(customer.token)
    }

    it("acts for the company; an ADMIN user may write", async () => {
      const headers = await link(0, "camille@storefront.test")
      const company = await api.get("/store/leasing/company", headers)
      expect(company.data.data.id).toBe(acme().id)

      const created = await api.post(
        "/store/leasing/users",
        { first_name: "Via", last_name: "Session", email: "via.session@acme-robotics.test" },
        headers
      )
      expect(created.status).toBe(201)
      expect(await liveRows(dbConnection, "leasing_company_user", acme().id)).toHaveLength(4)
    })

    it("may only read as an EMPLOYEE user", async () => {
      const headers = await link(1, "hugo@storefront.test")
      expect((await api.get("/store/leasing/users", headers)).status).toBe(200)

      const before = await companyDbState(dbConnection)
      const response = await failure(
        api.post("/store/leasing/users", { first_name: "E", last_name: "E", email: "e@acme.test" }, headers)
      )
      expect(response.status).toBe(403)
      expect(response.data.error).toBe("INSUFFICIENT_SCOPE")
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("answers 401 to a customer who is no company's user", async () => {
      const customer = await signUpCustomer(api, fixture.publishableKey, "stranger@storefront.test")
      const response = await failure(api.get("/store/leasing/company", as(customer.token)))
      expect(response.status).toBe(401)
      expect(response.data.error).toBe("UNAUTHORIZED")
    })
  })
})
