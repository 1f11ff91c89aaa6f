import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminLeasingCompany, AdminLeasingCompanyListResponse } from "../../../../types/company"
import { createCompanyWorkflow } from "../../../../workflows/company"
import { AdminCreateCompanyType, AdminListCompaniesType } from "./validators"

/** What `q` matches: a part of the name or of the email, any case. */
function searchFilter(q: string | undefined) {
  if (!q) return {}
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  return { $or: [{ name: { $ilike: pattern } }, { email: { $ilike: pattern } }] }
}

/**
 * GET /admin/leasing/companies: companies, newest first unless `order` says otherwise
 * (`order=name`, `order=-number`, …), searched by name or email with `q`.
 */
export const GET = async (
  req: MedusaRequest<unknown, AdminListCompaniesType>,
  res: MedusaResponse<AdminLeasingCompanyListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies, metadata } = await query.graph({
    entity: "leasing_company",
    fields: req.queryConfig.fields,
    filters: searchFilter(req.validatedQuery.q),
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  // Query's generated types (medusa build) call the alias a string and dates Date | string;
  // the JSON carries a number and ISO strings.
  const iso = (d: string | Date) => new Date(d).toISOString()
  const rows: AdminLeasingCompany[] = companies.map((c) => ({
    ...c,
    number: Number(c.number),
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
  }))
  res.json({ companies: rows, count: metadata?.count ?? 0, limit: metadata?.take ?? 0, offset: metadata?.skip ?? 0 })
}

/** POST /admin/leasing/companies: creates a company. */
export const POST = async (req: MedusaRequest<AdminCreateCompanyType>, res: MedusaResponse) => {
  const { result: company } = await createCompanyWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ company })
}
