import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseContractResponse } from "../../../../../../types/leasing"
import { acceptLeaseBuybackWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { adminContractAnswer } from "../../lease-schedule-view"
import { AdminAcceptBuybackType } from "../../lifecycle-validators"

/** POST /admin/leasing/contracts/:id/buyback `{quote_id}`: the company buys the device (BOUGHT_OUT). */
export const POST = async (
  req: MedusaRequest<AdminAcceptBuybackType>,
  res: MedusaResponse<AdminLeaseContractResponse>
) => {
  await adminContractAnswer(req.scope, req.params.id)
  await underContractLock(() =>
    acceptLeaseBuybackWorkflow(req.scope).run({ input: { id: req.params.id, quote_id: req.validatedBody.quote_id } })
  )
  res.json(await adminContractAnswer(req.scope, req.params.id))
}
