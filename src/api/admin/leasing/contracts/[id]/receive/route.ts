import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseContractResponse } from "../../../../../../types/leasing"
import { receiveLeaseReturnWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { adminContractAnswer } from "../../lease-schedule-view"
import { AdminReceiveReturnType } from "../../lifecycle-validators"

/** POST /admin/leasing/contracts/:id/receive `{received_at?}`: the returned device arrived (ENDED). */
export const POST = async (
  req: MedusaRequest<AdminReceiveReturnType>,
  res: MedusaResponse<AdminLeaseContractResponse>
) => {
  await adminContractAnswer(req.scope, req.params.id)
  await underContractLock(() =>
    receiveLeaseReturnWorkflow(req.scope).run({
      input: { id: req.params.id, received_at: req.validatedBody.received_at },
    })
  )
  res.json(await adminContractAnswer(req.scope, req.params.id))
}
