import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { createDataTableColumnHelper, toast, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import type { AdminLeasingCompany } from "../../../types/company"
import { DataTableSection } from "../../components/data-table-section"
import { FormDrawer } from "../../components/form-drawer"
import { useCompanies, useCreateCompany } from "../../hooks/use-companies"
import { useListState } from "../../hooks/use-list-state"
import { compact } from "../../lib/compact"

const PAGE_SIZE = 10
const column = createDataTableColumnHelper<AdminLeasingCompany>()
const columns = [
  column.accessor("number", { header: "#", enableSorting: true, sortLabel: "Number" }),
  column.accessor("name", {
    header: "Name",
    enableSorting: true,
    sortLabel: "Name",
    sortAscLabel: "A-Z",
    sortDescLabel: "Z-A",
  }),
  column.accessor("country_code", {
    header: "Country",
    enableSorting: true,
    sortLabel: "Country",
    cell: ({ getValue }) => getValue() ?? "—",
  }),
  column.accessor("email", { header: "Email", cell: ({ getValue }) => getValue() ?? "—" }),
  column.accessor("created_at", {
    header: "Created",
    enableSorting: true,
    sortLabel: "Created",
    sortAscLabel: "Oldest first",
    sortDescLabel: "Newest first",
    cell: ({ getValue }) => new Date(getValue()).toLocaleDateString(),
  }),
]

/** Companies: the leasing business's clients, searched by name or email, sorted and paged by the API. */
const CompaniesPage = () => {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const list = useListState({ pageSize: PAGE_SIZE, sorting: { id: "created_at", desc: true } })
  const { data, isLoading, error } = useCompanies(list.params)
  const createCompany = useCreateCompany()

  const table = useDataTable({
    columns,
    data: data?.companies ?? [],
    getRowId: (company) => company.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: list.pagination,
    search: list.search,
    sorting: list.sorting,
    // DataTable hands over its row model, whose id is getRowId's: the company's id.
    onRowClick: (_, row) => navigate(`/companies/${row.id}`),
  })

  return (
    <DataTableSection
      testId="companies-page"
      level="h1"
      table={table}
      title="Companies"
      description="Client companies, their employees, delivery addresses and API tokens."
      action={{ label: "Create company", onClick: () => setCreating(true) }}
      search
      sortingMenu
      error={error}
      emptyText="No companies yet."
    >
      {creating && (
        <FormDrawer
          title="Create company"
          testId="create-company-drawer"
          submitLabel="Create"
          fields={[
            { name: "name", label: "Name", required: true },
            { name: "email", label: "Email", type: "email" },
            { name: "phone", label: "Phone" },
            { name: "country_code", label: "Country code (ISO, e.g. FR)" },
          ]}
          onClose={() => setCreating(false)}
          onSubmit={async (values) => {
            const { company } = await createCompany.mutateAsync({ name: values.name, ...compact(values) })
            toast.success(`${company.name} created`)
            navigate(`/companies/${company.id}`)
          }}
        />
      )}
    </DataTableSection>
  )
}

export const config = defineRouteConfig({
  label: "Companies",
  icon: Buildings,
})

export default CompaniesPage
