import { XCircle } from "@medusajs/icons"
import {
  Badge,
  Button,
  Code,
  Copy,
  createDataTableColumnHelper,
  Prompt,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { API_TOKEN_SCOPES, ApiTokenScope } from "../../modules/company/constants"
import type { AdminLeasingApiToken } from "../../types/company"
import { useCompanyApiTokens, useIssueApiToken, useRevokeApiToken } from "../hooks/use-company-api-tokens"
import { useListState } from "../hooks/use-list-state"
import { DataTableSection } from "./data-table-section"
import { FormDrawer } from "./form-drawer"

const column = createDataTableColumnHelper<AdminLeasingApiToken>()
const when = (date: string | null) => (date ? new Date(date).toLocaleString() : "—")

/** A company's API tokens. A token's secret is shown once, right after it is issued. */
export const CompanyApiTokensSection = ({ companyId }: { companyId: string }) => {
  const list = useListState({ pageSize: 10 })
  const { data, isLoading, error } = useCompanyApiTokens(companyId, list.params)
  const issueToken = useIssueApiToken(companyId)
  const revokeToken = useRevokeApiToken(companyId)
  const [issuing, setIssuing] = useState(false)
  const [secret, setSecret] = useState<string | null>(null)
  const confirm = usePrompt()

  const columns = useMemo(() => {
    const revoke = async (token: AdminLeasingApiToken) => {
      const ok = await confirm({
        title: `Revoke "${token.label}"?`,
        description: "Calls made with this token will be refused from now on. This cannot be undone.",
        confirmText: "Revoke",
        variant: "danger",
      })
      if (!ok) return
      await revokeToken.mutateAsync(token.id).then(
        () => toast.success("Token revoked"),
        () => undefined
      )
    }
    return [
      column.accessor("label", { header: "Label" }),
      column.accessor("redacted", { header: "Token", cell: ({ getValue }) => <Code>{getValue()}</Code> }),
      column.accessor("scope", { header: "Scope" }),
      column.accessor("last_used_at", { header: "Last used", cell: ({ getValue }) => when(getValue()) }),
      column.accessor("revoked_at", {
        header: "Status",
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="red">
              Revoked
            </Badge>
          ) : (
            <Badge size="2xsmall" color="green">
              Active
            </Badge>
          ),
      }),
      // A plain button rather than an action menu: a revoked token has nothing left to do.
      column.display({
        id: "revoke",
        cell: ({ row }) =>
          row.original.revoked_at ? null : (
            <Button size="small" variant="transparent" onClick={() => revoke(row.original)}>
              <XCircle /> Revoke
            </Button>
          ),
      }),
    ]
  }, [confirm, revokeToken])

  const table = useDataTable({
    columns,
    data: data?.api_tokens ?? [],
    getRowId: (token) => token.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: list.pagination,
  })

  return (
    <DataTableSection
      testId="company-api-tokens"
      table={table}
      title="API tokens"
      description="READ tokens may only read; WRITE tokens may also make changes for the company."
      action={{ label: "Issue token", onClick: () => setIssuing(true) }}
      error={error}
      emptyText="No API tokens yet."
    >
      {issuing && (
        <FormDrawer
          title="Issue API token"
          testId="issue-token-drawer"
          submitLabel="Issue"
          fields={[
            { name: "label", label: "Label", required: true },
            { name: "scope", label: "Scope", required: true, options: [...API_TOKEN_SCOPES], initial: "READ" },
          ]}
          onClose={() => setIssuing(false)}
          onSubmit={async (values) => {
            const issued = await issueToken.mutateAsync({ label: values.label, scope: values.scope as ApiTokenScope })
            setIssuing(false)
            setSecret(issued.secret)
          }}
        />
      )}
      <Prompt open={!!secret} variant="confirmation">
        <Prompt.Content data-testid="token-secret-dialog">
          <Prompt.Header>
            <Prompt.Title>Copy the token now</Prompt.Title>
            <Prompt.Description>
              This is the only time it is shown: only a hash is kept. Send it as{" "}
              <Code>Authorization: Bearer &lt;token&gt;</Code>.
            </Prompt.Description>
          </Prompt.Header>
          <div className="flex items-center gap-x-2 px-6 pb-4">
            <Code data-testid="token-secret" className="break-all">
              {secret}
            </Code>
            <Copy content={secret ?? ""} />
          </div>
          <Prompt.Footer>
            <Prompt.Action onClick={() => setSecret(null)}>I have copied it</Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </DataTableSection>
  )
}
