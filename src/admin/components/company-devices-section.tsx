import { PencilSquare } from "@medusajs/icons"
import {
  Badge,
  createDataTableColumnHelper,
  DataTableFilter,
  DataTableFilteringState,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  DEVICE_CLIENT_SETTABLE_STATUSES,
  DEVICE_CLIENT_STATUSES,
  DeviceClientStatus,
} from "../../modules/leasing/device-constants"
import { AdminCompanyDevice, useCompanyDevices, useUpdateCompanyDevice } from "../hooks/use-company-devices"
import { useCompanyUsers } from "../hooks/use-company-users"
import { useListState } from "../hooks/use-list-state"
import { DataTableSection } from "./data-table-section"
import { FormDrawer, FormField } from "./form-drawer"

const column = createDataTableColumnHelper<AdminCompanyDevice>()
const label = (status: string) => status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, " ")
const NOBODY = "__nobody__"
const personOf = (u: { first_name: string | null; last_name: string | null; email: string }) =>
  [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email

const isStatus = (value: unknown): value is DeviceClientStatus =>
  (DEVICE_CLIENT_STATUSES as readonly unknown[]).includes(value)
const statusOf = (filtering: DataTableFilteringState) =>
  isStatus(filtering.client_status) ? { client_status: filtering.client_status } : {}

/** A company's fleet (ordered and registered devices): filter by status, search, edit a device. */
export const CompanyDevicesSection = ({ companyId }: { companyId: string }) => {
  const list = useListState({ pageSize: 10 })
  const { data, isLoading, error } = useCompanyDevices(companyId, {
    limit: list.params.limit,
    offset: list.params.offset,
    ...(list.params.q ? { q: list.params.q } : {}),
    ...statusOf(list.filtering.state),
  })
  const users = useCompanyUsers(companyId, { limit: 100, offset: 0 })
  const updateDevice = useUpdateCompanyDevice(companyId)
  const [editing, setEditing] = useState<AdminCompanyDevice | null>(null)

  const columns = useMemo(
    () => [
      column.accessor("number", { header: "#" }),
      column.accessor("name", { header: "Device" }),
      column.accessor("serial_number", { header: "Serial number", cell: ({ getValue }) => getValue() ?? "—" }),
      column.accessor((d) => (d.user ? personOf(d.user) : "—"), { id: "assignee", header: "Assignee" }),
      column.accessor("source", {
        header: "Source",
        cell: ({ getValue }) => (getValue() === "ORDER" ? "Ordered" : "Registered"),
      }),
      column.accessor("is_rented", { header: "Leased", cell: ({ getValue }) => (getValue() ? "Yes" : "No") }),
      column.accessor("client_status", {
        header: "Status",
        cell: ({ getValue }) => (
          <Badge
            size="2xsmall"
            color={getValue() === "ARCHIVED" ? "grey" : getValue() === "IN_SERVICE" ? "green" : "blue"}
          >
            {label(getValue())}
          </Badge>
        ),
      }),
      column.action({
        actions: [{ label: "Edit", icon: <PencilSquare />, onClick: ({ row }) => setEditing(row.original) }],
      }),
    ],
    []
  )
  const filters = useMemo<DataTableFilter[]>(
    () => [
      {
        id: "client_status",
        type: "radio",
        label: "Status",
        options: DEVICE_CLIENT_STATUSES.map((value) => ({ label: label(value), value })),
      },
    ],
    []
  )
  const table = useDataTable({
    columns,
    filters,
    data: data?.devices ?? [],
    getRowId: (device) => device.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: list.pagination,
    search: list.search,
    filtering: list.filtering,
  })

  const fields = (device: AdminCompanyDevice): FormField[] => [
    { name: "name", label: "Name", required: true, initial: device.name },
    { name: "serial_number", label: "Serial number", initial: device.serial_number ?? "" },
    {
      name: "user_id",
      label: "Assignee",
      options: [
        { value: NOBODY, label: "Nobody" },
        ...(users.data?.users ?? []).map((u) => ({ value: u.id, label: personOf(u) })),
      ],
      initial: device.user_id ?? NOBODY,
    },
    {
      name: "client_status",
      label: "Status",
      options: [...new Set([device.client_status, ...DEVICE_CLIENT_SETTABLE_STATUSES])].map((value) => ({
        value,
        label: label(value),
      })),
      initial: device.client_status,
    },
  ]

  return (
    <DataTableSection
      testId="company-devices"
      table={table}
      title="Devices"
      search
      filterMenu
      error={error}
      emptyText="No devices yet."
    >
      {editing && (
        <FormDrawer
          key={editing.id}
          title="Edit device"
          testId="edit-device-drawer"
          submitLabel="Save"
          fields={fields(editing)}
          onClose={() => setEditing(null)}
          onSubmit={async (values) => {
            const body = {
              name: values.name,
              serial_number: values.serial_number?.trim() ? values.serial_number.trim() : null,
              user_id: values.user_id === NOBODY ? null : values.user_id,
              // Only a change is sent: an ordered device's status follows its order until delivered.
              ...(values.client_status !== editing.client_status
                ? { client_status: values.client_status as DeviceClientStatus }
                : {}),
            }
            await updateDevice.mutateAsync({ id: editing.id, ...body })
            toast.success("Device saved")
            setEditing(null)
          }}
        />
      )}
    </DataTableSection>
  )
}
