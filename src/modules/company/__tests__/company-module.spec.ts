import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE } from ".."
import ApiToken from "../models/api-token"
import Company from "../models/company"
import CompanyAddress from "../models/company-address"
import CompanyUser from "../models/company-user"
import CompanyModuleService from "../service"
import { generateApiTokenSecret } from "../utils/api-token-secret"

jest.setTimeout(60_000)

const address = (company_id: string, city: string, is_default?: boolean) => ({
  company_id,
  address_1: `1 ${city} street`,
  city,
  country_code: "fr",
  ...(is_default === undefined ? {} : { is_default }),
})

moduleIntegrationTestRunner<CompanyModuleService>({
  moduleName: COMPANY_MODULE,
  moduleModels: [Company, CompanyUser, CompanyAddress, ApiToken],
  moduleOptions: { rateLimitPerMinute: 7 },
  resolve: "./src/modules/company",
  testSuite: ({ service }) => {
    describe("company module", () => {
      it("gives companies, users and addresses their own positive integer alias", async () => {
        const [a, b] = await service.createLeasingCompanies([{ name: "A" }, { name: "B" }])
        const [u1, u2] = await service.createLeasingCompanyUsers([
          { company_id: a.id, first_name: "Ada", last_name: "L", email: "ada@a.test" },
          { company_id: b.id, first_name: "Bob", last_name: "B", email: "bob@b.test" },
        ])
        expect(a.number).toBeGreaterThan(0)
        expect(b.number).not.toBe(a.number)
        expect(u1.number).toBeGreaterThan(0)
        expect(u2.number).not.toBe(u1.number)
        expect(u1.role).toBe("EMPLOYEE")
      })

      it("finds a user by number or id only within its own company", async () => {
        const [a, b] = await service.createLeasingCompanies([{ name: "A" }, { name: "B" }])
        const user = await service.createLeasingCompanyUsers({
          company_id: a.id,
          first_name: "Ada",
          last_name: "L",
          email: "ada@a.test",
        })
        expect((await service.findCompanyUser(a.id, String(user.number)))?.id).toBe(user.id)
        expect((await service.findCompanyUser(a.id, user.id))?.id).toBe(user.id)
        expect(await service.findCompanyUser(b.id, String(user.number))).toBeNull()
        expect(await service.findCompanyUser(b.id, user.id)).toBeNull()
        expect(await service.findCompanyUser(a.id, "99999999999")).toBeNull()
        expect(await service.findCompanyUser(a.id, "0")).toBeNull()
      })

      it("makes the first address the default and keeps exactly one default", async () => {
        const company = await service.createLeasingCompanies({ name: "A" })
        const { address: first } = await service.addCompanyAddress(address(company.id, "Lyon", false))
        const { address: second } = await service.addCompanyAddress(address(company.id, "Paris"))
        expect(first.is_default).toBe(true)
        expect(first.country_code).toBe("FR")
        expect(second.is_default).toBe(false)

        const { address: third, previous_default_id } = await service.addCompanyAddress(
          address(company.id, "Nice", true)
        )
        expect(previous_default_id).toBe(first.id)
        const defaults = await service.listLeasingCompanyAddresses({ company_id: company.id, is_default: true })
        expect(defaults.map((a) => a.id)).toEqual([third.id])

        expect(await service.setDefaultCompanyAddress(company.id, second.id)).toBe(third.id)
        expect((await service.findDefaultCompanyAddress(company.id))?.id).toBe(second.id)
      })

      it("refuses a second default address in the database itself", async () => {
        const company = await service.createLeasingCompanies({ name: "A" })
        await service.addCompanyAddress(address(company.id, "Lyon"))
        const error = await service
          .createLeasingCompanyAddresses({ ...address(company.id, "Paris"), is_default: true })
          .catch((e) => e)
        expect(error).toBeInstanceOf(Error)
        expect(await service.listLeasingCompanyAddresses({ company_id: company.id, is_default: true })).toHaveLength(1)
      })

      it("will not make another company's address a default", async () => {
        const [a, b] = await service.createLeasingCompanies([{ name: "A" }, { name: "B" }])
        const { address: ofA } = await service.addCompanyAddress(address(a.id, "Lyon"))
        const { address: ofB } = await service.addCompanyAddress(address(b.id, "Bern"))
        await expect(service.setDefaultCompanyAddress(b.id, ofA.id)).rejects.toThrow(/not found/)
        expect((await service.findDefaultCompanyAddress(b.id))?.id).toBe(ofB.id)
      })

      it("finds a token by its secret only, and never stores the secret", async () => {
        const company = await service.createLeasingCompanies({ name: "A" })
        const { secret, token_hash, redacted } = generateApiTokenSecret()
        const token = await service.createLeasingApiTokens({
          company_id: company.id,
          label: "ci",
          scope: "READ",
          token_hash,
          redacted,
        })
        expect(secret).toMatch(/^lsk_[A-Za-z0-9_-]{43}$/)
        expect(JSON.stringify(token)).not.toContain(secret.slice(4))
        expect((await service.findApiTokenBySecret(secret))?.id).toBe(token.id)
        expect(await service.findApiTokenBySecret(secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A"))).toBeNull()
        expect(await service.findApiTokenBySecret(token_hash)).toBeNull()
      })

      it("records a token's use at most once a minute", async () => {
        const company = await service.createLeasingCompanies({ name: "A" })
        const { token_hash, redacted } = generateApiTokenSecret()
        const token = await service.createLeasingApiTokens({
          company_id: company.id,
          label: "ci",
          scope: "READ",
          token_hash,
          redacted,
        })
        const t0 = new Date("2030-01-01T10:00:00Z")
        await service.touchApiToken(token, t0)
        const touched = await service.retrieveLeasingApiToken(token.id)
        expect(new Date(touched.last_used_at!).toISOString()).toBe(t0.toISOString())
        await service.touchApiToken(touched, new Date(t0.getTime() + 30_000))
        expect(new Date((await service.retrieveLeasingApiToken(token.id)).last_used_at!).toISOString()).toBe(
          t0.toISOString()
        )
      })

      it("exposes its options, with the documented default", async () => {
        expect(service.getOptions().rateLimitPerMinute).toBe(7)
        expect(new CompanyModuleService({} as any, {}).getOptions().rateLimitPerMinute).toBe(100)
      })
    })
  },
})
