import { PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { CompanyAddressesSection } from "../../../components/company-addresses-section"
import { CompanyApiTokensSection } from "../../../components/company-api-tokens-section"
import { CompanyDevicesSection } from "../../../components/company-devices-section"
import { CompanyUsersSection } from "../../../components/company-users-section"
import { FormDrawer } from "../../../components/form-drawer"
import { useCompany, useDeleteCompany, useUpdateCompany } from "../../../hooks/use-companies"
import { emptyToNull } from "../../../lib/compact"

/** One company: its details, users, saved addresses and API tokens, each list loading on its own. */
const CompanyPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const { data, error } = useCompany(id)
  const updateCompany = useUpdateCompany(id)
  const deleteCompany = useDeleteCompany(id)
  const [editing, setEditing] = useState(false)
  const confirm = usePrompt()

  if (!data) {
    return (
      <Container>
        <Text className={error ? "text-ui-fg-error" : "text-ui-fg-muted"} role={error ? "alert" : undefined}>
          {error?.message ?? "Loading…"}
        </Text>
      </Container>
    )
  }
  const { company } = data
  const remove = async () => {
    const ok = await confirm({
      title: `Delete ${company.name}?`,
      description: "Its users and addresses are deleted with it; its API tokens stop working.",
      confirmText: "Delete",
      variant: "danger",
    })
    if (!ok) return
    await deleteCompany.mutateAsync().then(
      () => {
        toast.success(`${company.name} deleted`)
        navigate("/companies")
      },
      () => undefined
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="company-page">
      <Container className="flex items-start justify-between px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Link to="/companies" className="text-ui-fg-subtle txt-small">
            ← Companies
          </Link>
          <Heading level="h1">{company.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="company-contact">
            #{company.number} ·{" "}
            {[company.country_code, company.email, company.phone].filter(Boolean).join(" · ") || "No contact details"}
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
            <PencilSquare /> Edit
          </Button>
          <Button size="small" variant="danger" onClick={remove}>
            <Trash /> Delete
          </Button>
        </div>
      </Container>
      <CompanyUsersSection companyId={company.id} />
      <CompanyDevicesSection companyId={company.id} />
      <CompanyAddressesSection companyId={company.id} />
      <CompanyApiTokensSection companyId={company.id} />
      {editing && (
        <FormDrawer
          title="Edit company"
          testId="edit-company-drawer"
          submitLabel="Save"
          fields={[
            { name: "name", label: "Name", required: true, initial: company.name },
            { name: "email", label: "Email", type: "email", initial: company.email ?? "" },
            { name: "phone", label: "Phone", initial: company.phone ?? "" },
            { name: "country_code", label: "Country code (ISO, e.g. FR)", initial: company.country_code ?? "" },
          ]}
          onClose={() => setEditing(false)}
          onSubmit={async ({ name, ...optional }) => {
            await updateCompany.mutateAsync({ name, ...emptyToNull(optional) })
            toast.success("Company saved")
            setEditing(false)
          }}
        />
      )}
    </div>
  )
}

export default CompanyPage
