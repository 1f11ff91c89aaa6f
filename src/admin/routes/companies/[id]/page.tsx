import { Container, Heading, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { CompanyAddressesSection } from "../../../components/company-addresses-section"
import { CompanyApiTokensSection } from "../../../components/company-api-tokens-section"
import { CompanyUsersSection } from "../../../components/company-users-section"
import { ApiToken, Company, CompanyAddress, companyApi, CompanyUser } from "../../../lib/company-api"

type Details = { company: Company; users: CompanyUser[]; addresses: CompanyAddress[]; tokens: ApiToken[] }

/** One company: its users, saved addresses and API tokens. */
const CompanyPage = () => {
  const { id = "" } = useParams()
  const [details, setDetails] = useState<Details | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      const [{ company }, { users }, { addresses }, { api_tokens }] = await Promise.all([
        companyApi.retrieve(id),
        companyApi.users(id),
        companyApi.addresses(id),
        companyApi.tokens(id),
      ])
      setDetails({ company, users, addresses, tokens: api_tokens })
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [id])
  useEffect(() => {
    reload()
  }, [reload])

  if (!details) {
    return (
      <Container>
        <Text className={error ? "text-ui-fg-error" : "text-ui-fg-muted"} role={error ? "alert" : undefined}>
          {error ?? "Loading…"}
        </Text>
      </Container>
    )
  }
  const { company } = details
  return (
    <div className="flex flex-col gap-y-3" data-testid="company-page">
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <Link to="/companies" className="text-ui-fg-subtle txt-small">
          ← Companies
        </Link>
        <Heading level="h1">{company.name}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          #{company.number} · {[company.country_code, company.email, company.phone].filter(Boolean).join(" · ") || "No contact details"}
        </Text>
      </Container>
      <CompanyUsersSection companyId={company.id} users={details.users} onChanged={reload} />
      <CompanyAddressesSection companyId={company.id} addresses={details.addresses} onChanged={reload} />
      <CompanyApiTokensSection companyId={company.id} tokens={details.tokens} onChanged={reload} />
    </div>
  )
}

export default CompanyPage
