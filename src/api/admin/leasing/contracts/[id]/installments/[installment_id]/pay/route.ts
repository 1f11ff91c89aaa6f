import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseScheduleResponse } from "../../../../../../../../types/leasing"
import { recordInstallmentPaymentWorkflow } from "../../../../../../../../workflows/lease-lifecycle"
import { underContractLock } from "../../../../../../../utils/lease-schedule"
import { AdminRecordPaymentType } from "../../../../lifecycle-validators"
import { adminLeaseSchedule } from "../../../../lease-schedule-view"

/** POST /admin/leasing/contracts/:id/installments/:installment_id/pay `{paid_at?, payment_reference?}` */
export const POST = async (
  req: MedusaRequest<AdminRecordPaymentType>,
  res: MedusaResponse<AdminLeaseScheduleResponse>
) => {
  await adminLeaseSchedule(req.scope, req.params.id) // NOT_FOUND before any lock
  await underContractLock(() =>
    recordInstallmentPaymentWorkflow(req.scope).run({
      input: { contract_id: req.params.id, installment_id: req.params.installment_id, ...req.validatedBody },
    })
  )
  res.json(await adminLeaseSchedule(req.scope, req.params.id))
}
