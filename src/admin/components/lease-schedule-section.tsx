import {
  createDataTableColumnHelper,
  DataTablePaginationState,
  StatusBadge,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { AdminLeaseInstallment } from "../../types/leasing"
import { useLeaseContractAction, useLeaseSchedule } from "../hooks/use-lease-lifecycle"
import { errorMessage } from "../lib/errors"
import { formatAmount } from "../lib/format"
import { formatContractDate, INSTALLMENT_COLOR, INSTALLMENT_LABEL } from "../lib/lease-contracts"
import { DataTableSection } from "./data-table-section"
import { FormDrawer } from "./form-drawer"

const PAGE_SIZE = 12
const column = createDataTableColumnHelper<AdminLeaseInstallment>()

type Recording = { installment: AdminLeaseInstallment; kind: "invoice" | "pay" }

/** A contract's billing schedule: one row a month, invoice and payment recorded from each row's menu. */
export const LeaseScheduleSection = ({ contractId }: { contractId: string }) => {
  const { data, isLoading, error } = useLeaseSchedule(contractId)
  const act = useLeaseContractAction(contractId)
  const [recording, setRecording] = useState<Recording | null>(null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const installments = data?.installments ?? []

  const columns = useMemo(
    () => [
      column.accessor("sequence", { header: "#" }),
      column.accessor((i) => formatContractDate(i.due_date), { id: "due_date", header: "Due" }),
      column.accessor((i) => formatAmount(i), { id: "amount", header: "Amount" }),
      column.display({
        id: "status",
        header: "Status",
        cell: ({ row }) => (
          <StatusBadge color={INSTALLMENT_COLOR[row.original.status]}>
            {INSTALLMENT_LABEL[row.original.status]}
          </StatusBadge>
        ),
      }),
      column.accessor((i) => i.invoice_number ?? "—", { id: "invoice_number", header: "Invoice" }),
      column.accessor((i) => formatContractDate(i.paid_at), { id: "paid_at", header: "Paid" }),
      column.action({
        actions: ({ row }) => [
          ...(["SCHEDULED", "DUE"].includes(row.original.status)
            ? [{ label: "Record invoice", onClick: () => setRecording({ installment: row.original, kind: "invoice" }) }]
            : []),
          ...(["DUE", "INVOICED"].includes(row.original.status)
            ? [{ label: "Record payment", onClick: () => setRecording({ installment: row.original, kind: "pay" }) }]
            : []),
        ],
      }),
    ],
    []
  )

  const table = useDataTable({
    columns,
    data: installments.slice(pagination.pageIndex * PAGE_SIZE, (pagination.pageIndex + 1) * PAGE_SIZE),
    getRowId: (i) => i.id,
    rowCount: installments.length,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const invoice = recording?.kind === "invoice"
  return (
    <DataTableSection
      testId="lease-schedule"
      table={table}
      title="Billing schedule"
      description="One installment a month, due on the start day. Record the host's invoices and payments here."
      error={error}
      emptyText="No installment: the schedule is written when the device is delivered."
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" weight="plus">
          Remaining to pay
        </Text>
        <Text size="small" weight="plus" data-testid="lease-remaining-to-pay">
          {data ? formatAmount({ amount: data.remaining_to_pay, currency_code: data.currency_code }) : "…"}
        </Text>
      </div>
      {recording && (
        <FormDrawer
          title={`${invoice ? "Record the invoice of" : "Record the payment of"} installment ${recording.installment.sequence}`}
          testId={invoice ? "record-invoice-drawer" : "record-payment-drawer"}
          submitLabel={invoice ? "Record invoice" : "Record payment"}
          fields={
            invoice
              ? [{ name: "invoice_number", label: "Invoice number", required: true }]
              : [{ name: "payment_reference", label: "Payment reference" }]
          }
          onClose={() => setRecording(null)}
          onSubmit={async (values) => {
            const id = recording.installment.id
            try {
              await act.mutateAsync(
                invoice
                  ? { action: `installments/${id}/invoice`, body: { invoice_number: values.invoice_number.trim() } }
                  : {
                      action: `installments/${id}/pay`,
                      body: values.payment_reference?.trim()
                        ? { payment_reference: values.payment_reference.trim() }
                        : {},
                    }
              )
            } catch (e) {
              throw new Error(errorMessage(e))
            }
            toast.success(invoice ? "Invoice recorded" : "Payment recorded")
            setRecording(null)
          }}
        />
      )}
    </DataTableSection>
  )
}
