import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseContractResponse } from "../../../../../../types/leasing"
import { requestLeaseReturnWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { adminContractAnswer } from "../../lease-schedule-view"
import { AdminRequestReturnType } from "../../lifecycle-validators"

/** POST /admin/leasing/contracts/:id/return `{address, return_date}`: a return arranged by staff (RETURN_REQUESTED). */
export const POST = async (
  req: MedusaRequest<AdminRequestReturnType>,
  res: MedusaResponse<AdminLeaseContractResponse>
) => {
  await adminContractAnswer(req.scope, req.params.id)
  await underContractLock(() =>
    requestLeaseReturnWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  )
  res.json(await adminContractAnswer(req.scope, req.params.id))
}
