import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteLeaseBuybackWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { leasingCaller } from "../../../../../utils/leasing-caller"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { companyContract, quoteView } from "../../contract-view"

/** POST /store/leasing/contracts/:id/buyback-quote: the price to buy the device now, valid N days. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const contract = await companyContract(req.scope, company_id, req.params.id)
  const { result } = await underContractLock(() =>
    quoteLeaseBuybackWorkflow(req.scope).run({ input: { id: contract.id, company_id } })
  )
  res.status(201).json({ data: await quoteView(req.scope, result) })
}
