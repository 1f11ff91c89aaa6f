import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leasingCaller } from "../../../../utils/leasing-caller"
import { companyContract, contractViews } from "../contract-view"

/** GET /store/leasing/contracts/:id: one of the company's contracts with its installments; any other is 404. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const contract = await companyContract(req.scope, leasingCaller(req).company_id, req.params.id)
  const [data] = await contractViews(req.scope, [contract], true)
  res.json({ data })
}
