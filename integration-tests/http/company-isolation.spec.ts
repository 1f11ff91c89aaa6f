import { Modules } from "@medusajs/framework/utils"
import { LEASING_MODULE } from "../../src/modules/leasing"
import LeasingModuleService from "../../src/modules/leasing/service"
import { companyDbState } from "../helpers/company-db"
import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)
process.env.LEASING_RATE_LIMIT_PER_MINUTE = "100000"

type Company = {
  id: string
  users: { id: string; number: number; email: string }[]
  addresses: { id: string; number: number }[]
}

/** Everything of a company that must never appear in another company's answers. */
const secretsOf = (company: Company, cartId: string) => [
  company.id,
  cartId,
  ...company.users.flatMap((u) => [u.id, u.email]),
  ...company.addresses.map((a) => a.id),
]

leasingSuite(({ api, getContainer, dbConnection, demo: fixture }) => {
  const carts: Record<string, string> = {}
  beforeAll(async () => {
    // One cart per company, linked through the company-cart link, plus one nobody owns.
    const cartModule = getContainer().resolve(Modules.CART)
    for (const key of ["acme", "helvetia", "nobody"]) {
      const cart = await cartModule.createCarts({ currency_code: key === "helvetia" ? "chf" : "eur" })
      carts[key] = cart.id
      if (key !== "nobody") {
        await getContainer()
          .resolve<LeasingModuleService>(LEASING_MODULE)
          .createLeasingCarts({ cart_id: cart.id, company_id: fixture.companies[key].id })
      }
    }
  })
  const as = (secret: string) => fixture.storeHeadersWith({ authorization: `Bearer ${secret}` })

  describe.each([
    ["acme", "helvetia"],
    ["helvetia", "acme"],
  ])("a token of %s", (own, other) => {
    const A = () => fixture.companies[own]
    const B = () => fixture.companies[other]

    it.each(["WRITE", "READ"] as const)(
      "with %s scope gets 404 for every record of the other company",
      async (scope) => {
        const before = await companyDbState(dbConnection)
        const b = B()
        const requests = [
          [`/store/leasing/users/${b.users[0].number}`, "USER_NOT_FOUND"],
          [`/store/leasing/users/${b.users[0].id}`, "USER_NOT_FOUND"],
          [`/store/leasing/company/addresses/${b.addresses[0].number}`, "NOT_FOUND"],
          [`/store/leasing/company/addresses/${b.addresses[0].id}`, "NOT_FOUND"],
          [`/store/leasing/carts/${carts[other]}`, "CART_NOT_FOUND"],
          [`/store/leasing/carts/${carts.nobody}`, "CART_NOT_FOUND"],
        ]
        for (const [path, code] of requests) {
          const response = await failure(api.get(path, as(A().tokens[scope].secret)))
          expect({ path, status: response.status, error: response.data.error }).toEqual({
            path,
            status: 404,
            error: code,
          })
          for (const secret of secretsOf(b, carts[other])) {
            expect(JSON.stringify(response.data)).not.toContain(secret)
          }
        }
        expect(await companyDbState(dbConnection)).toEqual(before)
      }
    )

    it("sees only its own company's users, addresses and carts", async () => {
      const headers = as(A().tokens.READ.secret)
      const [company, users, addresses, cart] = await Promise.all([
        api.get("/store/leasing/company", headers),
        api.get("/store/leasing/users", headers),
        api.get("/store/leasing/company/addresses", headers),
        api.get(`/store/leasing/carts/${carts[own]}`, headers),
      ])
      expect(company.data.data.id).toBe(A().id)
      expect(users.data.data.map((u: any) => u.id).sort()).toEqual(
        A()
          .users.map((u) => u.id)
          .sort()
      )
      expect(addresses.data.data.map((a: any) => a.id).sort()).toEqual(
        A()
          .addresses.map((a) => a.id)
          .sort()
      )
      // The platform's view of the company's own (empty) cart.
      expect(cart.data.data).toEqual({
        id: expect.any(Number),
        purchaser_id: null,
        num_devices: 0,
        rent: "0.00",
        currency: expect.any(String),
        devices: [],
      })
      for (const response of [company, users, addresses, cart]) {
        for (const secret of secretsOf(B(), carts[other])) {
          expect(JSON.stringify(response.data)).not.toContain(secret)
        }
      }
    })

    it("cannot name the other company in a query or a body, and nothing is written", async () => {
      const before = await companyDbState(dbConnection)
      const user = { first_name: "Eve", last_name: "Intruder", email: "eve@intruder.test", company_id: B().id }
      const address = { address_1: "1 Way", city: "Bern", country_code: "CH", company_id: B().id }
      const query = await failure(api.get(`/store/leasing/users?company_id=${B().id}`, as(A().tokens.READ.secret)))
      const withUser = await failure(api.post("/store/leasing/users", user, as(A().tokens.WRITE.secret)))
      const withAddress = await failure(
        api.post("/store/leasing/company/addresses", address, as(A().tokens.WRITE.secret))
      )
      const readToken = await failure(api.post("/store/leasing/users", user, as(A().tokens.READ.secret)))

      expect([query.status, query.data.error]).toEqual([400, "VALIDATION_ERROR"])
      expect([withUser.status, withUser.data.error]).toEqual([400, "VALIDATION_ERROR"])
      expect(withUser.data.message).toMatch(/company_id/)
      expect([withAddress.status, withAddress.data.error]).toEqual([400, "VALIDATION_ERROR"])
      expect([readToken.status, readToken.data.error]).toEqual([403, "INSUFFICIENT_SCOPE"])
      expect(await companyDbState(dbConnection)).toEqual(before)
    })
  })

  describe("admin routes keep a company's records under that company", () => {
    it("answer 404 for another company's user, address or token in the path, writing nothing", async () => {
      const { acme, helvetia } = fixture.companies
      const base = `/admin/leasing/companies/${acme.id}`
      const before = await companyDbState(dbConnection)
      const responses = await Promise.all([
        failure(api.post(`${base}/users/${helvetia.users[0].id}`, { first_name: "Hacked" }, fixture.adminHeaders)),
        failure(api.delete(`${base}/users/${helvetia.users[0].id}`, fixture.adminHeaders)),
        failure(api.post(`${base}/addresses/${helvetia.addresses[1].id}/default`, {}, fixture.adminHeaders)),
        failure(api.post(`${base}/api-tokens/${helvetia.tokens.WRITE.id}/revoke`, {}, fixture.adminHeaders)),
      ])
      expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404])
      expect(await companyDbState(dbConnection)).toEqual(before)
      expect((await api.get("/store/leasing/company", as(helvetia.tokens.WRITE.secret))).status).toBe(200)
    })
  })
})
