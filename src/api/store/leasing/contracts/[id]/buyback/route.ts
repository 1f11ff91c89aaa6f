import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptLeaseBuybackWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { leasingCaller } from "../../../../../utils/leasing-caller"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { companyContract, contractView } from "../../contract-view"
import { StoreAcceptBuybackType } from "../../validators"

/** POST /store/leasing/contracts/:id/buyback `{quote_id}`: buy the device at the quoted price (BOUGHT_OUT). */
export const POST = async (req: MedusaRequest<StoreAcceptBuybackType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const contract = await companyContract(req.scope, company_id, req.params.id)
  const { result } = await underContractLock(() =>
    acceptLeaseBuybackWorkflow(req.scope).run({
      input: { id: contract.id, quote_id: req.validatedBody.quote_id, company_id },
    })
  )
  res.json({
    data: { ...(await contractView(req.scope, contract.id)), payment_collection_id: result.payment_collection_id },
  })
}
