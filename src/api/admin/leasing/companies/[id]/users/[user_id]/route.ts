import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeCompanyUserWorkflow, updateCompanyUserWorkflow } from "../../../../../../../workflows/company"
import { companyService } from "../../../helpers"
import { AdminUpdateCompanyUserType } from "../../../validators"

/** The user in the path, only if it belongs to the company in the path. */
async function assertUserOfCompany(req: MedusaRequest) {
  const [user] = await companyService(req).listLeasingCompanyUsers({
    id: req.params.user_id,
    company_id: req.params.id,
  })
  if (!user) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `User ${req.params.user_id} was not found in company ${req.params.id}`
    )
  }
}

/** POST /admin/leasing/companies/:id/users/:user_id: updates a user of the company. */
export const POST = async (req: MedusaRequest<AdminUpdateCompanyUserType>, res: MedusaResponse) => {
  await assertUserOfCompany(req)
  const { result: user } = await updateCompanyUserWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.user_id, company_id: req.params.id },
  })
  res.json({ user })
}

/** DELETE /admin/leasing/companies/:id/users/:user_id: removes a user from the company. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await assertUserOfCompany(req)
  await removeCompanyUserWorkflow(req.scope).run({ input: { id: req.params.user_id } })
  res.json({ id: req.params.user_id, object: "leasing_company_user", deleted: true })
}
