import { DataTableFilteringState, DataTablePaginationState, DataTableSortingState } from "@medusajs/ui"
import { useMemo, useState } from "react"

type Options = { pageSize: number; sorting?: DataTableSortingState }

/**
 * The state a server-side DataTable needs (page, search, sort, filters) and the API query it maps
 * to: `limit`/`offset`, `q`, and `order` as Medusa reads it (`field` or `-field`). Filters stay
 * raw: each page maps them to its route's query parameters.
 */
export function useListState({ pageSize, sorting: initialSorting }: Options) {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  const [search, setSearch] = useState("")
  const [sorting, setSorting] = useState<DataTableSortingState | null>(initialSorting ?? null)
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})

  const params = useMemo(
    () => ({
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      ...(search.trim() ? { q: search.trim() } : {}),
      ...(sorting ? { order: `${sorting.desc ? "-" : ""}${sorting.id}` } : {}),
    }),
    [pagination, search, sorting]
  )

  return {
    params,
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: {
      state: search,
      onSearchChange: (value: string) => {
        setSearch(value)
        // A new search starts on its first page.
        setPagination((current) => ({ ...current, pageIndex: 0 }))
      },
    },
    sorting: { state: sorting, onSortingChange: setSorting },
    filtering: {
      state: filtering,
      onFilteringChange: (state: DataTableFilteringState) => {
        setFiltering(state)
        // New filters start on their first page too.
        setPagination((current) => ({ ...current, pageIndex: 0 }))
      },
    },
  }
}
