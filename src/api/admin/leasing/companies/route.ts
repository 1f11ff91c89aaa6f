import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCompanyWorkflow } from "../../../../workflows/company"
import { AdminCreateCompanyType, AdminListCompaniesType } from "./validators"

/** GET /admin/leasing/companies: companies, newest first, optionally searched by name (`q`). */
export const GET = async (req: MedusaRequest<unknown, AdminListCompaniesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q } = req.validatedQuery
  const { data: companies, metadata } = await query.graph({
    entity: "leasing_company",
    fields: req.queryConfig.fields,
    filters: q ? { name: { $ilike: `%${q}%` } } : {},
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  res.json({ companies, count: metadata?.count ?? 0, limit: metadata?.take, offset: metadata?.skip })
}

/** POST /admin/leasing/companies: creates a company. */
export const POST = async (req: MedusaRequest<AdminCreateCompanyType>, res: MedusaResponse) => {
  const { result: company } = await createCompanyWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ company })
}
