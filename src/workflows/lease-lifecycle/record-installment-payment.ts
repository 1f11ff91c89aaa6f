import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents } from "../../modules/leasing/constants"
import { lockAndMoveInstallment } from "./contract-lock"

export type RecordInstallmentPaymentInput = {
  contract_id: string
  installment_id: string
  paid_at?: string
  payment_reference?: string | null
}
export const recordInstallmentPaymentWorkflowId = "leasing-record-installment-payment"

/**
 * Records that an installment was paid (the money moved through the host's payment or financing
 * provider): DUE or INVOICED → PAID, `lease_installment.paid`. A SCHEDULED, PAID or CANCELLED one
 * is 409 INSTALLMENT_NOT_PAYABLE with nothing written.
 */
export const recordInstallmentPaymentWorkflow = createWorkflow(
  { name: recordInstallmentPaymentWorkflowId, idempotent: false },
  (input: RecordInstallmentPaymentInput) => {
    const { lockKey, moved: paid } = lockAndMoveInstallment(input, {
      from: ["DUE", "INVOICED"],
      to: "PAID",
      refusal: "INSTALLMENT_NOT_PAYABLE",
      action: "recording a payment",
      data: (input) => ({
        paid_at: input.paid_at ? new Date(input.paid_at) : new Date(),
        payment_reference: input.payment_reference ?? null,
      }),
    })
    emitEventStep({ eventName: LeaseEvents.INSTALLMENT_PAID, data: paid }).config({
      name: "leasing-emit-installment-paid",
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ paid }, ({ paid }) => paid[0]))
  }
)
