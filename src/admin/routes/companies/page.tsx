import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { FormDrawer } from "../../components/form-drawer"
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

  return (
    <Container className="divide-y p-0" data-testid="companies-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Companies</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Client companies, their employees, delivery addresses and API tokens.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          Create company
        </Button>
      </div>
      {error && (
        <Text className="text-ui-fg-error px-6 py-4" role="alert">
          {error}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>#</Table.HeaderCell>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Country</Table.HeaderCell>
            <Table.HeaderCell>Email</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
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
        </Table.Body>
      </Table>
      {!companies.length && !error && (
        <Text className="text-ui-fg-muted px-6 py-4">No companies yet.</Text>
      )}
      {creating && (
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
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Companies",
  icon: Buildings,
})

export default CompaniesPage
