import { Badge, Button, Code, Container, Copy, Heading, Prompt, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { ApiToken, companyApi } from "../lib/company-api"
import { FormDrawer } from "./form-drawer"

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

  return (
    <Container className="divide-y p-0" data-testid="company-api-tokens">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">API tokens</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            READ tokens may only read; WRITE tokens may also add users and addresses and update carts.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setIssuing(true)}>
          Issue token
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Label</Table.HeaderCell>
            <Table.HeaderCell>Token</Table.HeaderCell>
            <Table.HeaderCell>Scope</Table.HeaderCell>
            <Table.HeaderCell>Last used</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
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
        </Table.Body>
      </Table>
      {!tokens.length && <Text className="text-ui-fg-muted px-6 py-4">No API tokens yet.</Text>}
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
    </Container>
  )
}
