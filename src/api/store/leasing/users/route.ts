import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import CompanyModuleService from "../../../../modules/company/service"
import { addCompanyUserWorkflow } from "../../../../workflows/company"
import { leasingCaller } from "../../../utils/leasing-caller"
import { platformList } from "../../../utils/platform-response"
import { userView } from "../company/company-view"
import { StoreCreateCompanyUserType, StoreListCompanyUsersType } from "./validators"

/** GET /store/leasing/users: the caller's company's users, oldest first (deleted users are gone). */
export const GET = async (req: MedusaRequest<unknown, StoreListCompanyUsersType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { limit, offset, role } = req.validatedQuery
  const service = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [users, total] = await service.listAndCountLeasingCompanyUsers(
    { company_id, ...(role ? { role } : {}) },
    { take: limit, skip: offset, order: { number: "ASC" } }
  )
  res.json(platformList(users.map(userView), { total, limit, offset }))
}

/** POST /store/leasing/users (WRITE): adds a user to the caller's company (email required, role EMPLOYEE by default). */
export const POST = async (req: MedusaRequest<StoreCreateCompanyUserType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { result } = await addCompanyUserWorkflow(req.scope).run({ input: { ...req.validatedBody, company_id } })
  res.status(201).json({ data: userView(result) })
}
