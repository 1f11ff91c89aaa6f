import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../../modules/leasing"
import LeasingModuleService from "../../../../../modules/leasing/service"
import { LeasingError } from "../../../../../utils/leasing-errors"
import { leasingCaller } from "../../../../utils/leasing-caller"
import { leasingOrderViews } from "../leasing-order-view"

// serial columns are int4: a larger number names no order (and would make PostgreSQL throw).
const MAX_NUMBER = 2_147_483_647

/** The leasing cart an order path id names: its integer order id, or the Medusa order's id. */
function orderFilter(pathId: string) {
  if (/^[1-9]\d{0,9}$/.test(pathId) && Number(pathId) <= MAX_NUMBER) return { order_number: Number(pathId) }
  if (/^order_[0-9A-Za-z]+$/.test(pathId)) return { order_id: pathId }
  return null
}

/** GET /store/leasing/orders/:id: one of the caller's company's orders; any other is not found. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const filter = orderFilter(req.params.id)
  const [record] = filter
    ? await req.scope
        .resolve<LeasingModuleService>(LEASING_MODULE)
        .listLeasingCarts(
          { ...filter, company_id, order_id: filter.order_id ?? { $ne: null } },
          { select: ["order_number", "order_id"], take: 1 }
        )
    : []
  const [view] = record ? await leasingOrderViews(req.scope, [record]) : []
  if (!view) {
    throw new LeasingError("ORDER_NOT_FOUND", `Your company has no order ${req.params.id}.`)
  }
  res.json({ data: view })
}
