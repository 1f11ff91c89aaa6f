import { Button, Container, DataTable, Heading, Text, UseDataTableReturn } from "@medusajs/ui"
import { ReactNode } from "react"

type Props<TData> = {
  testId: string
  table: UseDataTableReturn<TData>
  title: string
  level?: "h1" | "h2"
  description?: string
  action?: { label: string; onClick: () => void }
  /** Search box, sort and filter menus, shown in the toolbar. */
  search?: boolean
  sortingMenu?: boolean
  filterMenu?: boolean
  error?: Error | null
  /** Shown when the list has no rows at all. */
  emptyText: string
  /** Drawers and dialogs that belong to the section. */
  children?: ReactNode
}

/** The frame of every leasing list: heading and actions, Medusa's DataTable, its pagination, the load error. */
export function DataTableSection<TData>(props: Props<TData>) {
  return (
    <Container className="divide-y p-0" data-testid={props.testId}>
      <DataTable instance={props.table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading level={props.level ?? "h2"}>{props.title}</Heading>
            {props.description && (
              <Text size="small" className="text-ui-fg-subtle">
                {props.description}
              </Text>
            )}
          </div>
          <div className="flex items-center gap-x-2">
            {props.filterMenu && (
              <span data-testid={`${props.testId}-filter-menu`}>
                <DataTable.FilterMenu tooltip="Filter" />
              </span>
            )}
            {props.sortingMenu && (
              <span data-testid={`${props.testId}-sorting-menu`}>
                <DataTable.SortingMenu tooltip="Sort" />
              </span>
            )}
            {props.search && <DataTable.Search placeholder="Search" />}
            {props.action && (
              <Button size="small" variant="secondary" onClick={props.action.onClick}>
                {props.action.label}
              </Button>
            )}
          </div>
        </DataTable.Toolbar>
        {props.error && (
          <Text className="text-ui-fg-error px-6 py-4" role="alert">
            {props.error.message}
          </Text>
        )}
        <DataTable.Table
          emptyState={{
            empty: { heading: props.emptyText },
            filtered: { heading: "Nothing matches", description: "Change the search or the filters." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      {props.children}
    </Container>
  )
}
