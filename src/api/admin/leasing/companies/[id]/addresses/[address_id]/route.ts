import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeasingDeleteResponse } from "../../../../../../../types/company"
import { deleteCompanyAddressWorkflow, updateCompanyAddressWorkflow } from "../../../../../../../workflows/company"
import { AdminUpdateCompanyAddressType } from "../../../validators"

/** POST /admin/leasing/companies/:id/addresses/:address_id: updates a saved address of the company. */
export const POST = async (req: MedusaRequest<AdminUpdateCompanyAddressType>, res: MedusaResponse) => {
  const { result: address } = await updateCompanyAddressWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id, address_id: req.params.address_id },
  })
  res.json({ address })
}

/**
 * DELETE /admin/leasing/companies/:id/addresses/:address_id: deletes it; when it was the
 * default, the company's oldest remaining address becomes the default.
 */
export const DELETE = async (
  req: MedusaRequest,
  res: MedusaResponse<AdminLeasingDeleteResponse<"leasing_company_address">>
) => {
  await deleteCompanyAddressWorkflow(req.scope).run({
    input: { company_id: req.params.id, address_id: req.params.address_id },
  })
  res.json({ id: req.params.address_id, object: "leasing_company_address", deleted: true })
}
