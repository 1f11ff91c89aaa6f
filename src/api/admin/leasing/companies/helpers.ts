import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../modules/company"
import CompanyModuleService from "../../../../modules/company/service"
import { adminApiTokenFields } from "./query-config"

export const companyService = (req: MedusaRequest) => req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)

/** 404 unless the company in the path exists: every nested admin route starts here. */
export async function retrieveCompanyOrThrow(req: MedusaRequest) {
  return companyService(req).retrieveLeasingCompany(req.params.id)
}

/** One page of a company's records (users, addresses, tokens) in Medusa's admin list shape. */
export async function listCompanyRecords(req: MedusaRequest, entity: string, filters: Record<string, unknown> = {}) {
  await retrieveCompanyOrThrow(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields: req.queryConfig.fields,
    filters: { ...filters, company_id: req.params.id },
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "ASC" } },
  })
  return { data, count: metadata?.count ?? 0, limit: metadata?.take ?? 0, offset: metadata?.skip ?? 0 }
}

/** The admin user who made the request, for `created_by`/`revoked_by`. */
export const actorId = (req: MedusaRequest) =>
  (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id ?? null

/** A token as the admin sees it: never its hash (nor its secret, which is not stored). */
export const apiTokenView = (token: object) =>
  Object.fromEntries(adminApiTokenFields.map((key) => [key, (token as Record<string, unknown>)[key] ?? null]))
