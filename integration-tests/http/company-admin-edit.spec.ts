import { COMPANY_MODULE } from "../../src/modules/company"
import CompanyModuleService from "../../src/modules/company/service"
import { companyDbState, liveRows } from "../helpers/company-db"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

const BASE = "/admin/leasing/companies"

leasingSuite(({ api, getContainer, dbConnection, demo: fixture }) => {
  const admin = () => fixture.adminHeaders
  const addresses = (companyId: string) => liveRows(dbConnection, "leasing_company_address", companyId)
  const addAddress = async (companyId: string, city: string) =>
    (
      await api.post(
        `${BASE}/${companyId}/addresses`,
        { label: city, address_1: "1 Rue", city, country_code: "fr" },
        admin()
      )
    ).data.address

  describe("companies list: search, sort, paginate", () => {
    it("searches by name or email, any case, and treats % and _ literally", async () => {
      const byName = await api.get(`${BASE}?q=ROBOTICS`, admin())
      expect(byName.status).toBe(200)
      expect(byName.data.companies.map((c: any) => c.name)).toEqual(["Acme Robotics SAS"])
      const byEmail = await api.get(`${BASE}?q=helvetia-analytics.test`, admin())
      expect(byEmail.data.companies.map((c: any) => c.id)).toEqual([fixture.companies.helvetia.id])
      const wildcard = await api.get(`${BASE}?q=%25`, admin())
      expect(wildcard.data).toEqual(expect.objectContaining({ companies: [], count: 0 }))
    })

    it("sorts by a listed field either way and pages with limit and offset", async () => {
      for (const name of ["Zeta Leasing", "Beta Devices", "Mu Systems"]) {
        await api.post(BASE, { name }, admin())
      }
      const ascending = await api.get(`${BASE}?order=name&limit=2`, admin())
      expect(ascending.data).toEqual(expect.objectContaining({ count: 5, limit: 2, offset: 0 }))
      expect(ascending.data.companies.map((c: any) => c.name)).toEqual(["Acme Robotics SAS", "Beta Devices"])
      const next = await api.get(`${BASE}?order=name&limit=2&offset=2`, admin())
      expect(next.data.companies.map((c: any) => c.name)).toEqual(["Helvetia Analytics AG", "Mu Systems"])
      const descending = await api.get(`${BASE}?order=-number&limit=1`, admin())
      const { rows } = await dbConnection.raw(
        "select name from leasing_company where deleted_at is null order by number desc limit 1"
      )
      expect(descending.data.companies.map((c: any) => c.name)).toEqual([rows[0].name])
    })

    it("refuses to sort by a field that is not listed (a token's hash cannot leak through order)", async () => {
      const response = await failure(api.get(`${BASE}?order=metadata_secret`, admin()))
      expect(response.status).toBe(400)
      expect(response.data).toEqual(
        expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("metadata_secret") })
      )
      const tokens = await failure(api.get(`${BASE}/${fixture.companies.acme.id}/api-tokens?order=token_hash`, admin()))
      expect(tokens.status).toBe(400)
    })
  })

  describe("addresses: edit", () => {
    it("updates an address's fields, clears an optional one, and keeps the default where it was", async () => {
      const { acme } = fixture.companies
      const [address] = (await addresses(acme.id)).filter((a) => !a.is_default)
      const response = await api.post(
        `${BASE}/${acme.id}/addresses/${address.id}`,
        { label: "Lyon office", city: "Lyon", postal_code: "69002", country_code: "fr", phone: null },
        admin()
      )
      expect(response.status).toBe(200)
      expect(response.data.address).toEqual(
        expect.objectContaining({
          id: address.id,
          label: "Lyon office",
          city: "Lyon",
          postal_code: "69002",
          phone: null,
          is_default: false,
        })
      )
      const [row] = (await addresses(acme.id)).filter((a) => a.id === address.id)
      expect(row).toEqual(
        expect.objectContaining({
          label: "Lyon office",
          city: "Lyon",
          postal_code: "69002",
          country_code: "FR",
          phone: null,
          address_1: address.address_1,
        })
      )
      expect((await addresses(acme.id)).filter((a) => a.is_default)).toHaveLength(1)
    })

    it("refuses bad input, the default flag, another company's address and an unknown one, writing nothing", async () => {
      const { acme, helvetia } = fixture.companies
      const [acmeAddress] = await addresses(acme.id)
      const before = await companyDbState(dbConnection)
      const url = `${BASE}/${acme.id}/addresses/${acmeAddress.id}`
      const cases = [
        [await failure(api.post(url, { city: "" }, admin())), 400],
        [await failure(api.post(url, { country_code: "France" }, admin())), 400],
        [await failure(api.post(url, { is_default: true }, admin())), 400],
        [await failure(api.post(url, { company_id: helvetia.id }, admin())), 400],
        [await failure(api.post(`${BASE}/${helvetia.id}/addresses/${acmeAddress.id}`, { city: "Zug" }, admin())), 404],
        [await failure(api.post(`${BASE}/${acme.id}/addresses/lcadr_unknown`, { city: "Zug" }, admin())), 404],
        [await failure(api.post(url, { city: "Zug" })), 401],
      ] as const
      for (const [response, status] of cases) {
        expect(response.status).toBe(status)
        expect(response.data.message).toEqual(expect.any(String))
      }
      expect(cases[0][0].data).toEqual(expect.objectContaining({ type: "invalid_data" }))
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })

  describe("addresses: delete", () => {
    it("deletes a non-default address; the default stays", async () => {
      const { acme } = fixture.companies
      const all = await addresses(acme.id)
      const target = all.find((a) => !a.is_default)!
      const response = await api.delete(`${BASE}/${acme.id}/addresses/${target.id}`, admin())
      expect(response.data).toEqual({ id: target.id, object: "leasing_company_address", deleted: true })
      const left = await addresses(acme.id)
      expect(left.map((a) => a.id)).toEqual(all.filter((a) => a.id !== target.id).map((a) => a.id))
      expect(left.filter((a) => a.is_default).map((a) => a.id)).toEqual(
        all.filter((a) => a.is_default).map((a) => a.id)
      )
      const list = await api.get(`${BASE}/${acme.id}/addresses`, admin())
      expect(list.data.addresses.map((a: any) => a.id)).not.toContain(target.id)
    })

    it("deleting the default makes the oldest remaining address the default; the last one leaves none", async () => {
      const company = (await api.post(BASE, { name: "Delete Test SARL" }, admin())).data.company
      const first = await addAddress(company.id, "Paris")
      const second = await addAddress(company.id, "Lille")
      const third = await addAddress(company.id, "Nantes")
      await api.delete(`${BASE}/${company.id}/addresses/${first.id}`, admin())
      expect((await addresses(company.id)).map((a) => [a.id, a.is_default])).toEqual(
        expect.arrayContaining([
          [second.id, true],
          [third.id, false],
        ])
      )
      await api.delete(`${BASE}/${company.id}/addresses/${second.id}`, admin())
      await api.delete(`${BASE}/${company.id}/addresses/${third.id}`, admin())
      expect(await addresses(company.id)).toEqual([])
      const { rows } = await dbConnection.raw(
        "select count(*)::int as n from leasing_company_address where company_id = ? and deleted_at is not null",
        [company.id]
      )
      expect(rows[0].n).toBe(3)
    })

    it("restores the deleted default when promoting another one fails", async () => {
      const { acme } = fixture.companies
      const defaultAddress = (await addresses(acme.id)).find((a) => a.is_default)!
      const before = await companyDbState(dbConnection)
      const service = getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
      const spy = jest
        .spyOn(service, "updateLeasingCompanyAddresses")
        .mockRejectedValueOnce(new Error("injected failure"))
      const response = await failure(api.delete(`${BASE}/${acme.id}/addresses/${defaultAddress.id}`, admin()))
      spy.mockRestore()
      expect(response.status).toBeGreaterThanOrEqual(400)
      const after = await addresses(acme.id)
      expect(after.filter((a) => a.is_default).map((a) => a.id)).toEqual([defaultAddress.id])
      expect(after.map((a) => a.id).sort()).toEqual(
        (await dbConnection.raw("select id from leasing_company_address where company_id = ?", [acme.id])).rows
          .map((r: any) => r.id)
          .sort()
      )
      expect((await companyDbState(dbConnection)).leasing_company_address.rows).toBe(
        before.leasing_company_address.rows
      )
    })

    it("refuses another company's address and an unknown one with 404, deleting nothing", async () => {
      const { acme, helvetia } = fixture.companies
      const [acmeAddress] = await addresses(acme.id)
      const before = await companyDbState(dbConnection)
      expect((await failure(api.delete(`${BASE}/${helvetia.id}/addresses/${acmeAddress.id}`, admin()))).status).toBe(
        404
      )
      expect((await failure(api.delete(`${BASE}/${acme.id}/addresses/lcadr_nope`, admin()))).status).toBe(404)
      expect((await failure(api.delete(`${BASE}/${acme.id}/addresses/${acmeAddress.id}`))).status).toBe(401)
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })

  describe("users: edit and delete", () => {
    it("edits a user's name, email and role, and removes another; the database follows", async () => {
      const { acme } = fixture.companies
      const [first, second, third] = (await liveRows(dbConnection, "leasing_company_user", acme.id)).sort(
        (a, b) => a.number - b.number
      )
      // The company keeps an ADMIN: the only one cannot be demoted until another is one.
      const refused = await failure(api.post(`${BASE}/${acme.id}/users/${first.id}`, { role: "EMPLOYEE" }, admin()))
      expect([refused.status, refused.data.code]).toEqual([409, "USER_ROLE_UPDATE_FORBIDDEN"])
      await api.post(`${BASE}/${acme.id}/users/${third.id}`, { role: "ADMIN" }, admin())
      const updated = await api.post(
        `${BASE}/${acme.id}/users/${first.id}`,
        { first_name: "Camille", email: "Camille.Martin@Acme.test", role: "EMPLOYEE" },
        admin()
      )
      expect(updated.data.user).toEqual(
        expect.objectContaining({ first_name: "Camille", email: "camille.martin@acme.test", role: "EMPLOYEE" })
      )
      await api.delete(`${BASE}/${acme.id}/users/${second.id}`, admin())
      const rows = await liveRows(dbConnection, "leasing_company_user", acme.id)
      expect(rows.find((u) => u.id === first.id)).toEqual(
        expect.objectContaining({ first_name: "Camille", email: "camille.martin@acme.test", role: "EMPLOYEE" })
      )
      expect(rows.map((u) => u.id)).not.toContain(second.id)
    })

    it("refuses another company's user with 404 on edit and delete, changing nothing", async () => {
      const { acme, helvetia } = fixture.companies
      const [acmeUser] = await liveRows(dbConnection, "leasing_company_user", acme.id)
      const before = await companyDbState(dbConnection)
      expect(
        (await failure(api.post(`${BASE}/${helvetia.id}/users/${acmeUser.id}`, { first_name: "X" }, admin()))).status
      ).toBe(404)
      expect((await failure(api.delete(`${BASE}/${helvetia.id}/users/${acmeUser.id}`, admin()))).status).toBe(404)
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })
})
