import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import CompanyModuleService from "../../../../../modules/company/service"
import { LeasingError } from "../../../../../utils/leasing-errors"
import { removeCompanyUserWorkflow, updateCompanyUserWorkflow } from "../../../../../workflows/company"
import { leasingCaller } from "../../../../utils/leasing-caller"
import { userView } from "../../company/company-view"
import { StoreUpdateCompanyUserType } from "../validators"

/** The caller's company's user named by the path (its integer number, or its Medusa id); anyone else's is not found. */
async function userOfCaller(req: MedusaRequest) {
  const { company_id } = leasingCaller(req)
  const user = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).findCompanyUser(company_id, req.params.id)
  if (!user) {
    throw new LeasingError("USER_NOT_FOUND", "No user of your company has this id.")
  }
  return { user, company_id }
}

/** GET /store/leasing/users/:id */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ data: userView((await userOfCaller(req)).user) })
}

/** PATCH /store/leasing/users/:id (WRITE): profile fields and role; `null` clears a name. */
export const PATCH = async (req: MedusaRequest<StoreUpdateCompanyUserType>, res: MedusaResponse) => {
  const { user, company_id } = await userOfCaller(req)
  const { result } = await updateCompanyUserWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: user.id, company_id },
  })
  res.json({ data: userView(result) })
}

/** DELETE /store/leasing/users/:id (WRITE): a soft delete; refused while someone depends on the user. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const { user } = await userOfCaller(req)
  await removeCompanyUserWorkflow(req.scope).run({ input: { id: user.id } })
  res.json({ data: { id: Number(user.number), deleted: true } })
}
