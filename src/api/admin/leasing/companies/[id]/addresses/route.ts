import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeasingCompanyAddressListResponse } from "../../../../../../types/company"
import { addCompanyAddressWorkflow } from "../../../../../../workflows/company"
import { listCompanyRecords } from "../../helpers"
import { AdminCreateCompanyAddressType } from "../../validators"

/** GET /admin/leasing/companies/:id/addresses */
export const GET = async (req: MedusaRequest, res: MedusaResponse<AdminLeasingCompanyAddressListResponse>) => {
  const { data: addresses, ...page } = await listCompanyRecords(req, "leasing_company_address")
  res.json({ addresses, ...page })
}

/** POST /admin/leasing/companies/:id/addresses: saves an address (the first becomes the default). */
export const POST = async (req: MedusaRequest<AdminCreateCompanyAddressType>, res: MedusaResponse) => {
  const { result: address } = await addCompanyAddressWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id },
  })
  res.json({ address })
}
