import { Badge, Button, Code, Copy, Prompt, Table, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { ApiToken, companyApi } from "../lib/company-api"
import { FormDrawer } from "./form-drawer"
import { SectionTable } from "./section-table"

type Props = { companyId: string; tokens: ApiToken[]; onChanged: () => Promise<void> }

const when = (date: string | null) => (date ? new Date(date).toLocaleString() : "—")

/** A company's API tokens. A token's secret is shown once, right after it is issued. */
export const CompanyApiTokensSection = ({ companyId, tokens, onChanged }: Props) => {
  const [issuing, setIssuing] = useState(false)
  const [secret, setSecret] = useState<string | null>(null)
  const confirm = usePrompt()

  const revoke = async (token: ApiToken) => {
    const ok = await confirm({
      title: `Revoke "${token.label}"?`,
      description: "Calls made with this token will be refused from now on. This cannot be undone.",
      confirmText: "Revoke",
      variant: "danger",
    })
    if (!ok) return
    try {
      await companyApi.revokeToken(companyId, token.id)
      toast.success("Token revoked")
      await onChanged()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const dialogs = (
    <>
      {issuing && (
        <FormDrawer
          title="Issue API token"
          testId="issue-token-drawer"
          submitLabel="Issue"
          fields={[
            { name: "label", label: "Label", required: true },
            { name: "scope", label: "Scope", required: true, options: ["READ", "WRITE"], initial: "READ" },
          ]}
          onClose={() => setIssuing(false)}
          onSubmit={async (values) => {
            const issued = await companyApi.issueToken(companyId, values)
            setIssuing(false)
            setSecret(issued.secret)
            await onChanged()
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
    </>
  )
  return (
    <SectionTable
      testId="company-api-tokens"
      title="API tokens"
      description="READ tokens may only read; WRITE tokens may also make changes for the company."
      actionLabel="Issue token"
      onAction={() => setIssuing(true)}
      columns={["Label", "Token", "Scope", "Last used", "Status", ""]}
      emptyText="No API tokens yet."
      extra={dialogs}
    >
      {tokens.map((token) => (
        <Table.Row key={token.id} data-testid={`token-row-${token.label}`}>
          <Table.Cell>{token.label}</Table.Cell>
          <Table.Cell>
            <Code>{token.redacted}</Code>
          </Table.Cell>
          <Table.Cell>{token.scope}</Table.Cell>
          <Table.Cell>{when(token.last_used_at)}</Table.Cell>
          <Table.Cell data-testid="token-status">
            {token.revoked_at ? (
              <Badge size="2xsmall" color="red">
                Revoked
              </Badge>
            ) : (
              <Badge size="2xsmall" color="green">
                Active
              </Badge>
            )}
          </Table.Cell>
          <Table.Cell className="text-right">
            {!token.revoked_at && (
              <Button size="small" variant="transparent" onClick={() => revoke(token)}>
                Revoke
              </Button>
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </SectionTable>
  )
}
