import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import CompanyModuleService from "../../../../../../modules/company/service"
import { leasingCaller } from "../../../../../utils/leasing-caller"
import { sendPlatformError, sendPlatformErrorCode } from "../../../../../utils/platform-response"
import { presentUser } from "../../presenters"

/** GET /store/leasing/company/users/:id (number or Medusa id); another company's user is not found. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  try {
    const { company_id } = leasingCaller(req)
    const user = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).findCompanyUser(company_id, req.params.id)
    if (!user) {
      return sendPlatformErrorCode(res, "NOT_FOUND", "No user of your company has this id or number.")
    }
    res.json({ data: presentUser(user) })
  } catch (err) {
    sendPlatformError(res, err)
  }
}
