import { createHash } from "crypto"
import { companyDbState, liveRows } from "../helpers/company-db"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"

const BASE = "/admin/leasing/companies"

leasingSuite(({ api, dbConnection, demo: fixture }) => {
  const admin = () => fixture.adminHeaders
  const createCompany = async (name = "Nordic Devices AB") =>
    (await api.post(BASE, { name, email: "it@nordic.test", country_code: "se" }, admin())).data.company

  describe("companies", () => {
    it("needs an admin session", async () => {
      const before = await companyDbState(dbConnection)
      expect((await failure(api.get(BASE))).status).toBe(401)
      expect((await failure(api.post(BASE, { name: "X" }))).status).toBe(401)
      expect(
        (await failure(api.post(`${BASE}/${fixture.companies.acme.id}/api-tokens`, { label: "x", scope: "WRITE" })))
          .status
      ).toBe(401)
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("creates, lists, searches, retrieves and updates a company", async () => {
      const company = await createCompany()
      expect(company).toEqual(
        expect.objectContaining({ name: "Nordic Devices AB", country_code: "SE", number: expect.any(Number) })
      )

      const list = await api.get(`${BASE}?limit=10`, admin())
      expect(list.data).toEqual(expect.objectContaining({ count: 3, limit: 10, offset: 0 }))
      expect(list.data.companies[0].id).toBe(company.id)
      const search = await api.get(`${BASE}?q=helvetia`, admin())
      expect(search.data.companies.map((c: any) => c.name)).toEqual(["Helvetia Analytics AG"])

      const updated = await api.post(`${BASE}/${company.id}`, { phone: "+46 8 123 45" }, admin())
      expect(updated.data.company).toEqual(
        expect.objectContaining({ phone: "+46 8 123 45", name: "Nordic Devices AB" })
      )
      expect((await api.get(`${BASE}/${company.id}`, admin())).data.company.phone).toBe("+46 8 123 45")
      const [row] = await liveRows(dbConnection, "leasing_company", company.id)
      expect(row).toEqual(
        expect.objectContaining({ name: "Nordic Devices AB", phone: "+46 8 123 45", country_code: "SE" })
      )
    })

    it("refuses an invalid company in Medusa's shape and writes nothing", async () => {
      const before = await companyDbState(dbConnection)
      const response = await failure(api.post(BASE, { name: "", country_code: "Sweden" }, admin()))
      expect(response.status).toBe(400)
      expect(response.data).toEqual(expect.objectContaining({ type: "invalid_data", message: expect.any(String) }))
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("deletes a company with its users and addresses; it is then not found", async () => {
      const { acme } = fixture.companies
      const response = await api.delete(`${BASE}/${acme.id}`, admin())
      expect(response.data).toEqual({ id: acme.id, object: "leasing_company", deleted: true })
      expect((await failure(api.get(`${BASE}/${acme.id}`, admin()))).status).toBe(404)
      expect(await liveRows(dbConnection, "leasing_company_user", acme.id)).toHaveLength(0)
      expect(await liveRows(dbConnection, "leasing_company_address", acme.id)).toHaveLength(0)
      expect((await api.get(BASE, admin())).data.companies.map((c: any) => c.id)).not.toContain(acme.id)
    })
  })

  describe("users", () => {
    it("adds, updates (keeping the role) and removes a user", async () => {
      const { helvetia } = fixture.companies
      const added = await api.post(
        `${BASE}/${helvetia.id}/users`,
        { first_name: "Jonas", last_name: "Frei", email: "Jonas.Frei@Helvetia-Analytics.test", role: "ADMIN" },
        admin()
      )
      const user = added.data.user
      expect(user).toEqual(
        expect.objectContaining({
          email: "jonas.frei@helvetia-analytics.test",
          role: "ADMIN",
          company_id: helvetia.id,
        })
      )

      const updated = await api.post(`${BASE}/${helvetia.id}/users/${user.id}`, { last_name: "Frei-Weber" }, admin())
      expect(updated.data.user).toEqual(expect.objectContaining({ last_name: "Frei-Weber", role: "ADMIN" }))

      const list = await api.get(`${BASE}/${helvetia.id}/users`, admin())
      expect(list.data.count).toBe(3)

      const removed = await api.delete(`${BASE}/${helvetia.id}/users/${user.id}`, admin())
      expect(removed.data).toEqual({ id: user.id, object: "leasing_company_user", deleted: true })
      const rows = await liveRows(dbConnection, "leasing_company_user", helvetia.id)
      expect(rows.map((r) => r.id)).not.toContain(user.id)
      expect(rows).toHaveLength(2)
    })

    it("refuses a duplicate email (409) or an unknown customer (404), writing nothing", async () => {
      const { helvetia } = fixture.companies
      const before = await companyDbState(dbConnection)
      const duplicate = await failure(
        api.post(
          `${BASE}/${helvetia.id}/users`,
          { first_name: "L", last_name: "M", email: "LUKAS.meier@helvetia-analytics.test" },
          admin()
        )
      )
      const unknownCustomer = await failure(
        api.post(
          `${BASE}/${helvetia.id}/users`,
          { first_name: "L", last_name: "M", email: "new@h.test", customer_id: "cus_nope" },
          admin()
        )
      )
      const unknownCompany = await failure(
        api.post(`${BASE}/lcomp_nope/users`, { first_name: "L", last_name: "M", email: "new@h.test" }, admin())
      )
      expect(duplicate.status).toBe(409)
      expect(duplicate.data).toEqual(
        expect.objectContaining({ code: "USER_EMAIL_CONFLICT", message: expect.stringContaining("already exists") })
      )
      expect(unknownCustomer.status).toBe(404)
      expect(unknownCompany.status).toBe(404)
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })

  describe("addresses", () => {
    it("makes the first address the default, and moves the default on request", async () => {
      const company = await createCompany()
      const add = (city: string) =>
        api.post(
          `${BASE}/${company.id}/addresses`,
          { label: city, address_1: "1 Gatan", city, country_code: "se" },
          admin()
        )
      const first = (await add("Stockholm")).data.address
      const second = (await add("Malmö")).data.address
      expect([first.is_default, second.is_default, second.country_code]).toEqual([true, false, "SE"])

      const moved = await api.post(`${BASE}/${company.id}/addresses/${second.id}/default`, {}, admin())
      expect(moved.data.address).toEqual(expect.objectContaining({ id: second.id, is_default: true }))
      const defaults = (await liveRows(dbConnection, "leasing_company_address", company.id)).filter((a) => a.is_default)
      expect(defaults.map((a) => a.id)).toEqual([second.id])

      const list = await api.get(`${BASE}/${company.id}/addresses`, admin())
      expect(list.data.addresses.map((a: any) => [a.label, a.is_default])).toEqual([
        ["Stockholm", false],
        ["Malmö", true],
      ])
    })
  })

  describe("API tokens", () => {
    it("shows the secret once, stores only its hash, and never returns either again", async () => {
      const { helvetia } = fixture.companies
      const issued = await api.post(`${BASE}/${helvetia.id}/api-tokens`, { label: "ERP sync", scope: "WRITE" }, admin())
      const { api_token, secret } = issued.data
      expect(secret).toMatch(/^lsk_[A-Za-z0-9_-]{43}$/)
      expect(api_token).toEqual(
        expect.objectContaining({ label: "ERP sync", scope: "WRITE", redacted: `lsk_…${secret.slice(-4)}` })
      )
      expect(api_token).not.toHaveProperty("token_hash")

      // In the database: a SHA-256 hash, and the secret nowhere in the row.
      const { rows } = await dbConnection.raw("select * from leasing_api_token where id = ?", [api_token.id])
      expect(rows[0].token_hash).toBe(createHash("sha256").update(secret).digest("hex"))
      expect(JSON.stringify(rows[0])).not.toContain(secret.slice(4))

      // It works, once, at the store...
      const store = await api.get(
        "/store/leasing/company",
        fixture.storeHeadersWith({ authorization: `Bearer ${secret}` })
      )
      expect(store.data.data.id).toBe(helvetia.id)

      // ...and no admin route shows it or its hash again.
      const list = await api.get(`${BASE}/${helvetia.id}/api-tokens`, admin())
      const revoked = await api.post(`${BASE}/${helvetia.id}/api-tokens/${api_token.id}/revoke`, {}, admin())
      const company = await api.get(`${BASE}/${helvetia.id}`, admin())
      // Medusa drops fields outside the route's allowed list rather than refusing them.
      const asked = await api.get(`${BASE}/${helvetia.id}/api-tokens?fields=id,token_hash,secret`, admin())
      for (const response of [list, revoked, company, store, asked]) {
        expect(JSON.stringify(response.data)).not.toContain(secret.slice(4))
        expect(JSON.stringify(response.data)).not.toContain(rows[0].token_hash)
      }
      expect(list.data.api_tokens).toHaveLength(3)
      expect(asked.data.api_tokens.every((t: any) => !("token_hash" in t))).toBe(true)
    })

    it("revokes a token: the store then answers 401, and revoking again changes nothing", async () => {
      const { helvetia } = fixture.companies
      const token = helvetia.tokens.READ
      const first = await api.post(`${BASE}/${helvetia.id}/api-tokens/${token.id}/revoke`, {}, admin())
      expect(first.data.api_token.revoked_at).toEqual(expect.any(String))
      expect(first.data.api_token.revoked_by).toEqual(expect.stringMatching(/^user_/))

      const store = await failure(
        api.get("/store/leasing/company", fixture.storeHeadersWith({ authorization: `Bearer ${token.secret}` }))
      )
      expect(store.status).toBe(401)

      const before = await companyDbState(dbConnection)
      const again = await api.post(`${BASE}/${helvetia.id}/api-tokens/${token.id}/revoke`, {}, admin())
      expect(again.data.api_token.revoked_at).toBe(first.data.api_token.revoked_at)
      expect(await companyDbState(dbConnection)).toEqual(before)
    })

    it("refuses an invalid scope and writes nothing", async () => {
      const before = await companyDbState(dbConnection)
      const response = await failure(
        api.post(`${BASE}/${fixture.companies.helvetia.id}/api-tokens`, { label: "x", scope: "ADMIN" }, admin())
      )
      expect(response.status).toBe(400)
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })
})
