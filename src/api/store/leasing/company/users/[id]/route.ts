import { LeasingError } from "../../../../../../utils/leasing-errors"
import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import CompanyModuleService from "../../../../../../modules/company/service"
import { leasingCaller } from "../../../../../utils/leasing-caller"
import { presentUser } from "../../presenters"

/** GET /store/leasing/company/users/:id (number or Medusa id); another company's user is not found. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const user = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).findCompanyUser(company_id, req.params.id)
  if (!user) {
    throw new LeasingError("NOT_FOUND", "No user of your company has this id or number.")
  }
  res.json({ data: presentUser(user) })
}
