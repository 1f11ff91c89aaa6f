import { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../modules/company"
import { ApiTokenScope, CompanyUserRole } from "../../modules/company/constants"
import CompanyModuleService from "../../modules/company/service"
import { demoApiTokenSecret } from "../../modules/company/utils/api-token-secret"
import {
  addCompanyAddressWorkflow,
  addCompanyUserWorkflow,
  createCompanyWorkflow,
  issueApiTokenWorkflow,
} from "../../workflows/company"
import { DEMO_COMPANIES, DEMO_TOKEN_SCOPES, demoTokenSeed } from "./demo-companies"

export type SeededCompany = {
  id: string
  number: number
  name: string
  users: { id: string; number: number; email: string; role: CompanyUserRole }[]
  addresses: { id: string; number: number; label: string | null; is_default: boolean }[]
  /** DEMO ONLY: deterministic secrets, so the dev banner and the tests can use them. */
  tokens: Record<ApiTokenScope, { id: string; secret: string }>
}

/**
 * The demo companies with their users, addresses and one WRITE and one READ token each.
 * Idempotent: companies are found by name, users by email, addresses by label, tokens by hash.
 */
export async function seedCompanies(container: MedusaContainer): Promise<Record<string, SeededCompany>> {
  const service = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const seeded: Record<string, SeededCompany> = {}
  for (const demo of DEMO_COMPANIES) {
    let [company] = await service.listLeasingCompanies({ name: demo.name })
    if (!company) {
      const { result } = await createCompanyWorkflow(container).run({
        input: { name: demo.name, email: demo.email, country_code: demo.country_code },
      })
      company = result
    }
    const company_id = company.id

    for (const user of demo.users) {
      const [existing] = await service.listLeasingCompanyUsers({ company_id, email: user.email })
      if (!existing) await addCompanyUserWorkflow(container).run({ input: { ...user, company_id } })
    }
    for (const address of demo.addresses) {
      const [existing] = await service.listLeasingCompanyAddresses({ company_id, label: address.label })
      if (!existing) await addCompanyAddressWorkflow(container).run({ input: { ...address, company_id } })
    }

    const tokens = {} as SeededCompany["tokens"]
    for (const scope of DEMO_TOKEN_SCOPES) {
      const { secret, token_hash, redacted } = demoApiTokenSecret(demoTokenSeed(demo.key, scope))
      const [found] = await service.listLeasingApiTokens({ token_hash })
      let token = found?.company_id === company_id ? found : undefined
      if (found && !token) {
        // Left over from a demo company an admin deleted: the hash must be unique.
        await service.softDeleteLeasingApiTokens(found.id)
      }
      if (!token) {
        const label = `Demo ${scope} token`
        const { result } = await issueApiTokenWorkflow(container).run({
          input: { company_id, label, scope, token_hash, redacted },
        })
        token = result
      }
      tokens[scope] = { id: token.id, secret }
    }

    const users = await service.listLeasingCompanyUsers({ company_id }, { order: { number: "ASC" } })
    const addresses = await service.listLeasingCompanyAddresses({ company_id }, { order: { number: "ASC" } })
    seeded[demo.key] = {
      id: company_id,
      number: company.number,
      name: company.name,
      users: users.map(({ id, number, email, role }) => ({ id, number, email, role })),
      addresses: addresses.map(({ id, number, label, is_default }) => ({ id, number, label, is_default })),
      tokens,
    }
  }
  return seeded
}
