import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCompanyWorkflow, updateCompanyWorkflow } from "../../../../../workflows/company"
import { retrieveCompanyOrThrow } from "../helpers"
import { AdminUpdateCompanyType } from "../validators"

/** GET /admin/leasing/companies/:id */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ company: await retrieveCompanyOrThrow(req) })
}

/** POST /admin/leasing/companies/:id: updates the company's own fields. */
export const POST = async (req: MedusaRequest<AdminUpdateCompanyType>, res: MedusaResponse) => {
  const { result: company } = await updateCompanyWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ company })
}

/**
 * DELETE /admin/leasing/companies/:id: soft-deletes the company with its users and addresses.
 * Its API tokens then answer 404 COMPANY_NOT_FOUND.
 */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteCompanyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "leasing_company", deleted: true })
}
