import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import CompanyModuleService from "../../../../../modules/company/service"
import { addCompanyAddressWorkflow } from "../../../../../workflows/company"
import { leasingCaller } from "../../../../utils/leasing-caller"
import { platformList } from "../../../../utils/platform-response"
import { addressView } from "../company-view"
import { CompanyAddressBodyType, StoreListCompanyAddressesType } from "../validators"

/** GET /store/leasing/company/addresses: the caller's company's saved addresses, oldest first. */
export const GET = async (req: MedusaRequest<unknown, StoreListCompanyAddressesType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [addresses, total] = await service.listAndCountLeasingCompanyAddresses(
    { company_id },
    { take: limit, skip: offset, order: { number: "ASC" } }
  )
  res.json(platformList(addresses.map(addressView), { total, limit, offset }))
}

/** POST /store/leasing/company/addresses (WRITE): saves an address for the caller's company. */
export const POST = async (req: MedusaRequest<CompanyAddressBodyType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { result } = await addCompanyAddressWorkflow(req.scope).run({ input: { ...req.validatedBody, company_id } })
  // The workflow's record lacks the columns the database fills (number, created_at): read it back.
  const service = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [address] = await service.listLeasingCompanyAddresses({ id: result.id }, { take: 1 })
  res.status(201).json({ data: addressView(address) })
}
