import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockAndMoveInstallment } from "./contract-lock"

export type RecordInstallmentInvoiceInput = {
  contract_id: string
  installment_id: string
  invoice_number: string
  invoiced_at?: string
}
export const recordInstallmentInvoiceWorkflowId = "leasing-record-installment-invoice"

/**
 * Records the invoice the host's billing issued for an installment (SCHEDULED or DUE → INVOICED);
 * any other status is 409 INSTALLMENT_NOT_INVOICEABLE with nothing written.
 */
export const recordInstallmentInvoiceWorkflow = createWorkflow(
  { name: recordInstallmentInvoiceWorkflowId, idempotent: false },
  (input: RecordInstallmentInvoiceInput) => {
    const { lockKey, moved: invoiced } = lockAndMoveInstallment(input, {
      from: ["SCHEDULED", "DUE"],
      to: "INVOICED",
      refusal: "INSTALLMENT_NOT_INVOICEABLE",
      action: "recording an invoice",
      data: (input) => ({
        invoice_number: input.invoice_number,
        invoiced_at: input.invoiced_at ? new Date(input.invoiced_at) : new Date(),
      }),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ invoiced }, ({ invoiced }) => invoiced[0]))
  }
)
