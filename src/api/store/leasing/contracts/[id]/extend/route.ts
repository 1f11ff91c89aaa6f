import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { extendLeaseContractWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { leasingCaller } from "../../../../../utils/leasing-caller"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { companyContract, contractView } from "../../contract-view"
import { StoreExtendContractType } from "../../validators"

/** POST /store/leasing/contracts/:id/extend `{mode, months?}`: keep the device, month to month or for a new term. */
export const POST = async (req: MedusaRequest<StoreExtendContractType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const contract = await companyContract(req.scope, company_id, req.params.id)
  const { mode, months } = req.validatedBody
  await underContractLock(() =>
    extendLeaseContractWorkflow(req.scope).run({ input: { id: contract.id, company_id, mode, months } })
  )
  res.json({ data: await contractView(req.scope, contract.id) })
}
