import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setDefaultCompanyAddressWorkflow } from "../../../../../../../../workflows/company"

/** POST /admin/leasing/companies/:id/addresses/:address_id/default: makes it the company's default. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result: address } = await setDefaultCompanyAddressWorkflow(req.scope).run({
    input: { company_id: req.params.id, address_id: req.params.address_id },
  })
  res.json({ address })
}
