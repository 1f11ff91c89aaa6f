import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseScheduleResponse } from "../../../../../../types/leasing"
import { adminLeaseSchedule } from "../../lease-schedule-view"

/** GET /admin/leasing/contracts/:id/installments: the billing schedule, what remains to pay, the open buyback quote. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<AdminLeaseScheduleResponse>) => {
  res.json(await adminLeaseSchedule(req.scope, req.params.id))
}
