import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { leasingCaller } from "../../../utils/leasing-caller"
import { platformList } from "../../../utils/platform-response"
import { PlatformListQueryType } from "../../../utils/platform-validation"
import { leasingOrderViews } from "./leasing-order-view"

/** GET /store/leasing/orders: the caller's company's validated carts (orders), newest first. */
export const GET = async (req: MedusaRequest<unknown, PlatformListQueryType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { limit, offset } = req.validatedQuery
  const [records, total] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listAndCountLeasingCarts(
      { company_id, order_id: { $ne: null } },
      { select: ["order_number", "order_id"], take: limit, skip: offset, order: { order_number: "DESC" } }
    )
  res.json(platformList(await leasingOrderViews(req.scope, records), { total, limit, offset }))
}
