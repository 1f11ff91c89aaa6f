import { LeasingError } from "../../../../../../utils/leasing-errors"
import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import CompanyModuleService from "../../../../../../modules/company/service"
import { leasingCaller } from "../../../../../utils/leasing-caller"
import { addressView } from "../../company-view"

/** GET /store/leasing/company/addresses/:id (number or Medusa id); another company's address is not found. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const service = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const address = await service.findCompanyAddress(company_id, req.params.id)
  if (!address) {
    throw new LeasingError("NOT_FOUND", "No saved address of your company has this id or number.")
  }
  res.json({ data: addressView(address) })
}
