import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import {
  Badge,
  createDataTableColumnHelper,
  DataTableFilter,
  DataTableFilteringState,
  useDataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useNavigate } from "react-router-dom"
import { ACQUISITION_MODES, AcquisitionMode } from "../../../modules/leasing/constants"
import type { AdminLeasingOfferListItem, AdminLeasingOfferListParams } from "../../../types/leasing"
import { DataTableSection } from "../../components/data-table-section"
import { useLeasingOffers } from "../../hooks/use-leasing-offers"
import { useListState } from "../../hooks/use-list-state"
import { useProductOptions } from "../../hooks/use-product-options"
import { useStoreSettings } from "../../hooks/use-store-settings"
import { formatLayouts } from "../../lib/format"

const PAGE_SIZE = 20
const MODE_LABELS: Record<AcquisitionMode, string> = { LEASING: "Lease", BUY: "Buy" }
const column = createDataTableColumnHelper<AdminLeasingOfferListItem>()

const columns = [
  column.accessor("catalog_number", { header: "#", enableSorting: true, sortLabel: "Catalog number" }),
  column.accessor((o) => o.product_variant?.product?.title ?? "—", { id: "product", header: "Product" }),
  column.accessor((o) => o.product_variant?.title ?? o.variant_id, { id: "variant", header: "Variant" }),
  column.accessor((o) => o.available_countries.join(", "), { id: "countries", header: "Countries" }),
  column.accessor((o) => (o.has_keyboard ? formatLayouts(o.keyboard_layouts) : "No keyboard"), {
    id: "layouts",
    header: "Keyboard layouts",
  }),
  column.accessor(
    (o) => `${(o.lease_terms_months ?? [o.lease_term_months]).join(" / ")} months (default ${o.lease_term_months})`,
    {
      id: "terms",
      header: "Terms",
    }
  ),
  column.display({
    id: "modes",
    header: "Modes",
    cell: ({ row }) => (
      <div className="flex gap-x-1">
        {row.original.leasable && (
          <Badge size="2xsmall" color="blue">
            {MODE_LABELS.LEASING}
          </Badge>
        )}
        {row.original.purchasable && (
          <Badge size="2xsmall" color="grey">
            {MODE_LABELS.BUY}
          </Badge>
        )}
      </div>
    ),
  }),
]

/** The filters' state as the offers API reads it. */
function toQuery(filtering: DataTableFilteringState): AdminLeasingOfferListParams {
  const country = filtering.delivery_country
  const mode = ACQUISITION_MODES.find((m) => m === filtering.acquisition_mode)
  const products = filtering.product_id
  return {
    ...(typeof country === "string" ? { delivery_country: country } : {}),
    ...(mode ? { acquisition_mode: mode } : {}),
    ...(Array.isArray(products) && products.length ? { product_id: products.map(String) } : {}),
  }
}

/** The leasing catalog: every variant's offer, filtered by delivery country, mode and product. */
const LeasingOffersPage = () => {
  const navigate = useNavigate()
  const list = useListState({ pageSize: PAGE_SIZE, sorting: { id: "catalog_number", desc: false } })
  const filtering = list.filtering.state
  const settings = useStoreSettings()
  const products = useProductOptions()
  const { q: _noSearch, ...page } = list.params
  const { data, isLoading, error } = useLeasingOffers({ ...page, ...toQuery(filtering) })

  // Each filter's id is the API's query parameter it sets (see toQuery).
  const filters = useMemo<DataTableFilter[]>(
    () => [
      {
        id: "delivery_country",
        type: "radio",
        label: "Delivery country",
        options: (settings.data?.countries ?? []).map((c) => ({ label: c, value: c })),
      },
      {
        id: "acquisition_mode",
        type: "radio",
        label: "Mode",
        options: ACQUISITION_MODES.map((m) => ({ label: MODE_LABELS[m], value: m })),
      },
      { id: "product_id", type: "select", label: "Product", options: products.data ?? [] },
    ],
    [settings.data, products.data]
  )

  const table = useDataTable({
    columns,
    filters,
    data: data?.offers ?? [],
    getRowId: (offer) => offer.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: list.pagination,
    sorting: list.sorting,
    filtering: list.filtering,
    // DataTable hands over its row model (typed as the data): both carry the offer's id (getRowId).
    onRowClick: (_, clicked) => {
      const offer = data?.offers.find((o) => o.id === clicked.id)
      if (offer) navigate(`/products/${offer.product_id}`)
    },
  })

  return (
    <DataTableSection
      testId="leasing-offers-page"
      level="h1"
      table={table}
      title="Leasing offers"
      description="Every configuration offered for lease or sale: where it is delivered, its keyboard layouts and term."
      filterMenu
      sortingMenu
      error={error}
      emptyText="No leasing offers yet: offer a variant from its product's page."
    />
  )
}

export const config = defineRouteConfig({
  label: "Leasing offers",
  icon: Tag,
})

export default LeasingOffersPage
