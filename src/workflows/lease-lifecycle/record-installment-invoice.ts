import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CONTRACT_LOCK, contractLockKey } from "./contract-lock"
import { loadLeaseInstallmentStep } from "./steps/load-lease-installment"
import { setInstallmentsStatusStep } from "./steps/set-installments-status"

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
    const lockKey = transform({ input }, ({ input }) => contractLockKey(input.contract_id))
    acquireLockStep({ key: lockKey, ...CONTRACT_LOCK })
    loadLeaseInstallmentStep(
      transform({ input }, ({ input }) => ({
        id: input.installment_id,
        contract_id: input.contract_id,
        statuses: ["SCHEDULED" as const, "DUE" as const],
        refusal: "INSTALLMENT_NOT_INVOICEABLE" as const,
        action: "recording an invoice",
      }))
    )
    const invoiced = setInstallmentsStatusStep(
      transform({ input }, ({ input }) => ({
        ids: [input.installment_id],
        from: ["SCHEDULED" as const, "DUE" as const],
        to: "INVOICED" as const,
        data: {
          invoice_number: input.invoice_number,
          invoiced_at: input.invoiced_at ? new Date(input.invoiced_at) : new Date(),
        },
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ invoiced }, ({ invoiced }) => invoiced[0]))
  }
)
