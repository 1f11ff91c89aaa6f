import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import CompanyModuleService from "../../../../modules/company/service"
import { leasingCaller } from "../../../utils/leasing-caller"
import { addressView, companyView } from "./company-view"

/** GET /store/leasing/company: the caller's company, with its default address. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const service = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const company = await service.retrieveLeasingCompany(company_id)
  const address = await service.findDefaultCompanyAddress(company_id)
  res.json({ data: { ...companyView(company), default_address: address ? addressView(address) : null } })
}
