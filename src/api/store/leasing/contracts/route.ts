import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { leasingCaller } from "../../../utils/leasing-caller"
import { platformList } from "../../../utils/platform-response"
import { PlatformListQueryType } from "../../../utils/platform-validation"
import { contractViews } from "./contract-view"

/** GET /store/leasing/contracts: the caller's company's lease contracts, newest first, with what remains to pay. */
export const GET = async (req: MedusaRequest<unknown, PlatformListQueryType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { limit, offset } = req.validatedQuery
  const [contracts, total] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listAndCountLeaseContracts({ company_id }, { take: limit, skip: offset, order: { contract_number: "DESC" } })
  res.json(platformList(await contractViews(req.scope, contracts, false), { total, limit, offset }))
}
