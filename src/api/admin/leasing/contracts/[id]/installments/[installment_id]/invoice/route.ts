import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseScheduleResponse } from "../../../../../../../../types/leasing"
import { recordInstallmentInvoiceWorkflow } from "../../../../../../../../workflows/lease-lifecycle"
import { underContractLock } from "../../../../../../../utils/lease-schedule"
import { AdminRecordInvoiceType } from "../../../../lifecycle-validators"
import { adminLeaseSchedule } from "../../../../lease-schedule-view"

/** POST /admin/leasing/contracts/:id/installments/:installment_id/invoice `{invoice_number, invoiced_at?}` */
export const POST = async (
  req: MedusaRequest<AdminRecordInvoiceType>,
  res: MedusaResponse<AdminLeaseScheduleResponse>
) => {
  await adminLeaseSchedule(req.scope, req.params.id) // NOT_FOUND before any lock
  await underContractLock(() =>
    recordInstallmentInvoiceWorkflow(req.scope).run({
      input: { contract_id: req.params.id, installment_id: req.params.installment_id, ...req.validatedBody },
    })
  )
  res.json(await adminLeaseSchedule(req.scope, req.params.id))
}
