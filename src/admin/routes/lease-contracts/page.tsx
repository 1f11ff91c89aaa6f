import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import {
  createDataTableColumnHelper,
  DataTableFilter,
  DataTableFilteringState,
  StatusBadge,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { LEASE_CONTRACT_STATUSES, LeaseContractStatus } from "../../../modules/leasing/constants"
import type { AdminLeaseContract, AdminLeaseContractListParams } from "../../../types/leasing"
import { CompanyLink } from "../../components/company-link"
import { DataTableSection } from "../../components/data-table-section"
import { useCompanyFilter } from "../../hooks/use-company-filter"
import { useLeaseContracts } from "../../hooks/use-lease-contracts"
import { useListState } from "../../hooks/use-list-state"
import { formatContractDate, formatRent, formatRentTotals, STATUS_COLOR, STATUS_LABEL } from "../../lib/lease-contracts"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<AdminLeaseContract>()

const columns = [
  column.accessor("contract_number", { header: "Contract" }),
  column.display({
    id: "company",
    header: "Company",
    cell: ({ row }) => <CompanyLink company={row.original.company} />,
  }),
  column.accessor("device_name", { header: "Device" }),
  column.accessor((c) => c.assignee?.name ?? "—", { id: "assignee", header: "Assignee" }),
  column.accessor((c) => `${c.lease_term_months} months`, { id: "term", header: "Term" }),
  column.accessor((c) => formatRent(c), { id: "monthly_rent", header: "Monthly rent" }),
  column.display({
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <StatusBadge color={STATUS_COLOR[row.original.status]}>{STATUS_LABEL[row.original.status]}</StatusBadge>
    ),
  }),
  column.accessor((c) => formatContractDate(c.starts_at), { id: "starts_at", header: "Start" }),
  column.accessor((c) => formatContractDate(c.ends_at), { id: "ends_at", header: "End" }),
]

const isStatus = (value: unknown): value is LeaseContractStatus =>
  (LEASE_CONTRACT_STATUSES as readonly unknown[]).includes(value)

/** The filters the DataTable holds, as the API's query. */
function queryOf(filtering: DataTableFilteringState): Omit<AdminLeaseContractListParams, "limit" | "offset"> {
  const status = Array.isArray(filtering.status) ? filtering.status.filter(isStatus) : []
  const days = filtering.ending_within_days
  return {
    ...(typeof filtering.company_id === "string" ? { company_id: filtering.company_id } : {}),
    ...(status.length ? { status } : {}),
    ...(typeof days === "number" && Number.isInteger(days) && days >= 0 ? { ending_within_days: days } : {}),
  }
}

/** Every lease contract, newest first: who leases what until when, and the monthly rent it all adds up to. */
const LeaseContractsPage = () => {
  const navigate = useNavigate()
  const list = useListState({ pageSize: PAGE_SIZE })
  const filtering = list.filtering.state
  const companyFilter = useCompanyFilter()
  const { data, isLoading, error } = useLeaseContracts({
    limit: list.params.limit,
    offset: list.params.offset,
    ...queryOf(filtering),
  })

  const filters = useMemo<DataTableFilter[]>(
    () => [
      companyFilter,
      {
        id: "status",
        type: "multiselect",
        label: "Status",
        searchable: false,
        options: LEASE_CONTRACT_STATUSES.map((value) => ({ label: STATUS_LABEL[value], value })),
      },
      {
        id: "ending_within_days",
        type: "number",
        label: "Ending within (days)",
        includeOperators: false,
        placeholder: "Days, e.g. 30",
      },
    ],
    [companyFilter]
  )

  const table = useDataTable({
    columns,
    filters,
    data: data?.lease_contracts ?? [],
    getRowId: (contract) => contract.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: list.pagination,
    filtering: list.filtering,
    // A contract's page shows its schedule and end-of-lease actions (and links its order).
    onRowClick: (_, clicked) => navigate(`/lease-contracts/${clicked.id}`),
  })

  return (
    <DataTableSection
      testId="lease-contracts-page"
      level="h1"
      table={table}
      title="Lease contracts"
      description="One per leased device of an order. Open a contract for its billing schedule and end of lease; its order records the delivery."
      filterMenu
      error={error}
      emptyText="No lease contract yet."
    >
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" weight="plus">
          Monthly rent of the active and pending contracts matching the filters
        </Text>
        <Text size="small" weight="plus" data-testid="lease-contracts-rent-total">
          {data ? formatRentTotals(data.monthly_rent_total) : "…"}
        </Text>
      </div>
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" weight="plus">
          Rent falling due this month on the contracts matching the filters
        </Text>
        <Text size="small" weight="plus" data-testid="lease-contracts-rent-due-this-month">
          {data ? formatRentTotals(data.rent_due_this_month) : "…"}
        </Text>
      </div>
    </DataTableSection>
  )
}

export const config = defineRouteConfig({
  label: "Lease contracts",
  icon: DocumentText,
})

export default LeaseContractsPage
