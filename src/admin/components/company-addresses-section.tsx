import { PencilSquare, Star, Trash } from "@medusajs/icons"
import { Badge, createDataTableColumnHelper, DataTableAction, toast, useDataTable, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { AdminLeasingCompanyAddress } from "../../types/company"
import {
  useCompanyAddresses,
  useCreateCompanyAddress,
  useDeleteCompanyAddress,
  useSetDefaultCompanyAddress,
  useUpdateCompanyAddress,
} from "../hooks/use-company-addresses"
import { useListState } from "../hooks/use-list-state"
import { compact, emptyToNull } from "../lib/compact"
import { DataTableSection } from "./data-table-section"
import { FormDrawer, FormField } from "./form-drawer"

const column = createDataTableColumnHelper<AdminLeasingCompanyAddress>()

const addressFields = (address?: AdminLeasingCompanyAddress): FormField[] => [
  { name: "label", label: "Label", initial: address?.label ?? "" },
  { name: "company", label: "Company name on the label", initial: address?.company ?? "" },
  { name: "address_1", label: "Address", required: true, initial: address?.address_1 },
  { name: "postal_code", label: "Postal code", initial: address?.postal_code ?? "" },
  { name: "city", label: "City", required: true, initial: address?.city },
  { name: "country_code", label: "Country code (ISO, e.g. FR)", required: true, initial: address?.country_code },
  { name: "phone", label: "Phone", initial: address?.phone ?? "" },
]

export const formatAddress = (a: AdminLeasingCompanyAddress) =>
  [a.address_1, [a.postal_code, a.city].filter(Boolean).join(" "), a.country_code].join(", ")

/** A company's saved delivery addresses: exactly one is the default while there are any. */
export const CompanyAddressesSection = ({ companyId }: { companyId: string }) => {
  const list = useListState({ pageSize: 10 })
  const { data, isLoading, error } = useCompanyAddresses(companyId, list.params)
  const createAddress = useCreateCompanyAddress(companyId)
  const updateAddress = useUpdateCompanyAddress(companyId)
  const setDefault = useSetDefaultCompanyAddress(companyId)
  const deleteAddress = useDeleteCompanyAddress(companyId)
  const [drawer, setDrawer] = useState<{ address?: AdminLeasingCompanyAddress } | null>(null)
  const confirm = usePrompt()

  const columns = useMemo(() => {
    const remove = async (address: AdminLeasingCompanyAddress) => {
      const ok = await confirm({
        title: `Delete ${address.label ?? address.city}?`,
        description: address.is_default
          ? "This is the default address: the oldest remaining address becomes the default."
          : "Carts can no longer ship devices to it.",
        confirmText: "Delete",
        variant: "danger",
      })
      if (!ok) return
      await deleteAddress.mutateAsync(address.id).then(
        () => toast.success("Address deleted"),
        () => undefined
      )
    }
    const actions = (address: AdminLeasingCompanyAddress): DataTableAction<AdminLeasingCompanyAddress>[] => [
      { label: "Edit", icon: <PencilSquare />, onClick: () => setDrawer({ address }) },
      ...(address.is_default
        ? []
        : [
            {
              label: "Make default",
              icon: <Star />,
              onClick: () =>
                setDefault.mutateAsync(address.id).then(
                  () => toast.success(`${address.label ?? address.city} is now the default address`),
                  () => undefined
                ),
            },
          ]),
      { label: "Delete", icon: <Trash />, onClick: () => remove(address) },
    ]
    return [
      column.accessor("number", { header: "#" }),
      column.accessor("label", { header: "Label", cell: ({ getValue }) => getValue() ?? "—" }),
      column.accessor(formatAddress, { id: "address", header: "Address" }),
      column.accessor("is_default", {
        header: "",
        cell: ({ getValue }) =>
          getValue() ? (
            <Badge size="2xsmall" color="green">
              Default
            </Badge>
          ) : null,
      }),
      column.action({ actions: ({ row }) => actions(row.original) }),
    ]
  }, [confirm, deleteAddress, setDefault])

  const table = useDataTable({
    columns,
    data: data?.addresses ?? [],
    getRowId: (address) => address.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: list.pagination,
  })

  const editing = drawer?.address
  return (
    <DataTableSection
      testId="company-addresses"
      table={table}
      title="Addresses"
      action={{ label: "Add address", onClick: () => setDrawer({}) }}
      error={error}
      emptyText="No saved addresses yet."
    >
      {drawer && (
        <FormDrawer
          key={editing?.id ?? "new"}
          title={editing ? "Edit address" : "Add address"}
          testId={editing ? "edit-address-drawer" : "add-address-drawer"}
          submitLabel={editing ? "Save" : "Add"}
          fields={addressFields(editing)}
          onClose={() => setDrawer(null)}
          onSubmit={async (values) => {
            if (editing) {
              const { address_1, city, country_code, ...optional } = values
              await updateAddress.mutateAsync({
                id: editing.id,
                address_1,
                city,
                country_code,
                ...emptyToNull(optional),
              })
              toast.success("Address saved")
            } else {
              const { address_1, city, country_code } = values
              await createAddress.mutateAsync({ ...compact(values), address_1, city, country_code })
              toast.success("Address added")
            }
            setDrawer(null)
          }}
        />
      )}
    </DataTableSection>
  )
}
