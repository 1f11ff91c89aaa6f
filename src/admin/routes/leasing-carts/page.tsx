import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { createDataTableColumnHelper, DataTableFilter, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { useNavigate } from "react-router-dom"
import type { AdminLeasingCartListItem } from "../../../types/leasing"
import { CompanyLink } from "../../components/company-link"
import { DataTableSection } from "../../components/data-table-section"
import { useCompanyFilter } from "../../hooks/use-company-filter"
import { useLeasingCarts } from "../../hooks/use-leasing-carts"
import { useListState } from "../../hooks/use-list-state"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<AdminLeasingCartListItem>()
const amount = (value: string, cart: AdminLeasingCartListItem) => `${value} ${cart.currency_code.toUpperCase()}`

const columns = [
  column.accessor("order_number", { header: "Order #" }),
  column.display({
    id: "company",
    header: "Company",
    cell: ({ row }) => <CompanyLink company={row.original.company} />,
  }),
  column.accessor((c) => `${c.num_devices} (${c.leased} leased, ${c.bought} bought)`, {
    id: "devices",
    header: "Devices",
  }),
  column.accessor((c) => amount(c.monthly_rent, c), { id: "monthly_rent", header: "Monthly rent" }),
  column.accessor((c) => amount(c.one_time_total, c), { id: "one_time_total", header: "One-time total" }),
  column.accessor((c) => new Date(c.updated_at).toLocaleString(), { id: "updated_at", header: "Last update" }),
]

/** Open leasing carts, most recently updated first: what a sales rep checks before calling a client. */
const LeasingCartsPage = () => {
  const navigate = useNavigate()
  const list = useListState({ pageSize: PAGE_SIZE })
  const filtering = list.filtering.state
  const companyFilter = useCompanyFilter()
  const companyId = typeof filtering.company_id === "string" ? filtering.company_id : undefined
  const { data, isLoading, error } = useLeasingCarts({
    limit: list.params.limit,
    offset: list.params.offset,
    ...(companyId ? { company_id: companyId } : {}),
  })

  const filters = useMemo<DataTableFilter[]>(() => [companyFilter], [companyFilter])

  const table = useDataTable({
    columns,
    filters,
    data: data?.carts ?? [],
    getRowId: (cart) => cart.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: list.pagination,
    filtering: list.filtering,
    // DataTable hands over its row model (typed as the data): both carry the cart's id (getRowId).
    onRowClick: (_, clicked) => {
      const cart = data?.carts.find((c) => c.id === clicked.id)
      if (cart) navigate(`/companies/${cart.company.id}`)
    },
  })

  return (
    <DataTableSection
      testId="leasing-carts-page"
      level="h1"
      table={table}
      title="Leasing carts"
      description="Open carts of the companies: their devices, monthly rent and one-time total."
      filterMenu
      error={error}
      emptyText="No open leasing cart."
    />
  )
}

export const config = defineRouteConfig({
  label: "Leasing carts",
  icon: ShoppingCart,
})

export default LeasingCartsPage
