import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLeaseReturnWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { leasingCaller } from "../../../../../utils/leasing-caller"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { companyContract, contractView } from "../../contract-view"
import { StoreRequestReturnType } from "../../validators"

/** POST /store/leasing/contracts/:id/return `{address, return_date}`: the device goes back (RETURN_REQUESTED). */
export const POST = async (req: MedusaRequest<StoreRequestReturnType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const contract = await companyContract(req.scope, company_id, req.params.id)
  const { address, return_date } = req.validatedBody
  await underContractLock(() =>
    requestLeaseReturnWorkflow(req.scope).run({ input: { id: contract.id, company_id, address, return_date } })
  )
  res.json({ data: await contractView(req.scope, contract.id) })
}
