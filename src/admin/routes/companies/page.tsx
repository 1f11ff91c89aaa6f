import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Table, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { FormDrawer } from "../../components/form-drawer"
import { SectionTable } from "../../components/section-table"
import { Company, companyApi, compact } from "../../lib/company-api"

/** Companies: the leasing business's clients, each with users, addresses and API tokens. */
const CompaniesPage = () => {
  const navigate = useNavigate()
  const [companies, setCompanies] = useState<Company[]>([])
  const [error, setError] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)

  const reload = useCallback(async () => {
    try {
      setCompanies((await companyApi.list()).companies)
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [])
  useEffect(() => {
    reload()
  }, [reload])

  const drawer = creating && (
    <FormDrawer
      title="Create company"
      testId="create-company-drawer"
      submitLabel="Create"
      fields={[
        { name: "name", label: "Name", required: true },
        { name: "email", label: "Email", type: "email" },
        { name: "country_code", label: "Country code (ISO, e.g. FR)" },
      ]}
      onClose={() => setCreating(false)}
      onSubmit={async (values) => {
        const { company } = await companyApi.create(compact(values))
        toast.success(`${company.name} created`)
        navigate(`/companies/${company.id}`)
      }}
    />
  )
  return (
    <SectionTable
      testId="companies-page"
      level="h1"
      title="Companies"
      description="Client companies, their employees, delivery addresses and API tokens."
      actionLabel="Create company"
      onAction={() => setCreating(true)}
      columns={["#", "Name", "Country", "Email"]}
      emptyText="No companies yet."
      error={error}
      extra={drawer}
    >
      {companies.map((company) => (
        <Table.Row key={company.id} data-testid={`company-row-${company.id}`}>
          <Table.Cell>{company.number}</Table.Cell>
          <Table.Cell>
            <Link to={`/companies/${company.id}`} className="text-ui-fg-interactive">
              {company.name}
            </Link>
          </Table.Cell>
          <Table.Cell>{company.country_code ?? "—"}</Table.Cell>
          <Table.Cell>{company.email ?? "—"}</Table.Cell>
        </Table.Row>
      ))}
    </SectionTable>
  )
}

export const config = defineRouteConfig({
  label: "Companies",
  icon: Buildings,
})

export default CompaniesPage
