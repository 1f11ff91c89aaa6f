import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseContractResponse } from "../../../../../../types/leasing"
import { extendLeaseContractWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { adminContractAnswer } from "../../lease-schedule-view"
import { AdminExtendContractType } from "../../lifecycle-validators"

/** POST /admin/leasing/contracts/:id/extend `{mode, months?}`: the contract runs on (EXTENDED). */
export const POST = async (
  req: MedusaRequest<AdminExtendContractType>,
  res: MedusaResponse<AdminLeaseContractResponse>
) => {
  await adminContractAnswer(req.scope, req.params.id)
  await underContractLock(() =>
    extendLeaseContractWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  )
  res.json(await adminContractAnswer(req.scope, req.params.id))
}
