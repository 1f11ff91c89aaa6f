import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { ReactNode } from "react"

type Props = {
  testId: string
  title: string
  level?: "h1" | "h2"
  description?: string
  actionLabel: string
  onAction: () => void
  columns: string[]
  /** Shown instead of the rows when there are none. */
  emptyText?: string
  error?: string | null
  children: ReactNode[]
  /** Drawers and dialogs that belong to the section. */
  extra?: ReactNode
}

/** The frame shared by the company pages' tables: heading, one action, the table, empty and error states. */
export const SectionTable = (props: Props) => (
  <Container className="divide-y p-0" data-testid={props.testId}>
    <div className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level={props.level ?? "h2"}>{props.title}</Heading>
        {props.description && (
          <Text size="small" className="text-ui-fg-subtle">
            {props.description}
          </Text>
        )}
      </div>
      <Button size="small" variant="secondary" onClick={props.onAction}>
        {props.actionLabel}
      </Button>
    </div>
    {props.error && (
      <Text className="text-ui-fg-error px-6 py-4" role="alert">
        {props.error}
      </Text>
    )}
    <Table>
      <Table.Header>
        <Table.Row>
          {props.columns.map((column, index) => (
            <Table.HeaderCell key={index}>{column}</Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>{props.children}</Table.Body>
    </Table>
    {!props.children.length && !props.error && props.emptyText && (
      <Text className="text-ui-fg-muted px-6 py-4">{props.emptyText}</Text>
    )}
    {props.extra}
  </Container>
)
