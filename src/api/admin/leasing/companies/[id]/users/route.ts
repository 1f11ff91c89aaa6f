import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeasingCompanyUserListResponse } from "../../../../../../types/company"
import { addCompanyUserWorkflow } from "../../../../../../workflows/company"
import { listCompanyRecords } from "../../helpers"
import { AdminCreateCompanyUserType } from "../../validators"

/** GET /admin/leasing/companies/:id/users */
export const GET = async (req: MedusaRequest, res: MedusaResponse<AdminLeasingCompanyUserListResponse>) => {
  const { data: users, ...page } = await listCompanyRecords(req, "leasing_company_user")
  res.json({ users, ...page })
}

/** POST /admin/leasing/companies/:id/users: adds a user, optionally linked to a storefront customer. */
export const POST = async (req: MedusaRequest<AdminCreateCompanyUserType>, res: MedusaResponse) => {
  const { result: user } = await addCompanyUserWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id },
  })
  res.json({ user })
}
