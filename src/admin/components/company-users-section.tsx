import { PencilSquare, Trash } from "@medusajs/icons"
import { Badge, createDataTableColumnHelper, toast, useDataTable, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { COMPANY_USER_ROLES, CompanyUserRole } from "../../modules/company/constants"
import type { AdminLeasingCompanyUser } from "../../types/company"
import {
  useCompanyUsers,
  useCreateCompanyUser,
  useDeleteCompanyUser,
  useUpdateCompanyUser,
} from "../hooks/use-company-users"
import { useListState } from "../hooks/use-list-state"
import { compact } from "../lib/compact"
import { DataTableSection } from "./data-table-section"
import { FormDrawer, FormField } from "./form-drawer"

const column = createDataTableColumnHelper<AdminLeasingCompanyUser>()
const ROLE_OPTIONS = COMPANY_USER_ROLES.map((role) => ({ value: role, label: role === "ADMIN" ? "Admin" : "Employee" }))

const userFields = (user?: AdminLeasingCompanyUser): FormField[] => [
  { name: "first_name", label: "First name", required: true, initial: user?.first_name ?? undefined },
  { name: "last_name", label: "Last name", required: true, initial: user?.last_name ?? undefined },
  { name: "email", label: "Email", type: "email", required: true, initial: user?.email },
  { name: "role", label: "Role", required: true, options: ROLE_OPTIONS, initial: user?.role ?? "EMPLOYEE" },
]

/** A company's employees (purchasers, signatories, device assignees): add, edit, remove. */
export const CompanyUsersSection = ({ companyId }: { companyId: string }) => {
  const list = useListState({ pageSize: 10 })
  const { data, isLoading, error } = useCompanyUsers(companyId, list.params)
  const createUser = useCreateCompanyUser(companyId)
  const updateUser = useUpdateCompanyUser(companyId)
  const deleteUser = useDeleteCompanyUser(companyId)
  const [drawer, setDrawer] = useState<{ user?: AdminLeasingCompanyUser } | null>(null)
  const confirm = usePrompt()

  const columns = useMemo(
    () => [
      column.accessor("number", { header: "#" }),
      column.accessor((user) => [user.first_name, user.last_name].filter(Boolean).join(" ") || "—", {
        id: "name",
        header: "Name",
      }),
      column.accessor("email", { header: "Email" }),
      column.accessor("role", {
        header: "Role",
        cell: ({ getValue }) => (
          <Badge size="2xsmall" color={getValue() === "ADMIN" ? "blue" : "grey"}>
            {ROLE_OPTIONS.find((o) => o.value === getValue())?.label}
          </Badge>
        ),
      }),
      column.accessor("customer_id", {
        header: "Storefront login",
        cell: ({ getValue }) => (getValue() ? "Linked" : "—"),
      }),
      column.action({
        actions: [
          { label: "Edit", icon: <PencilSquare />, onClick: ({ row }) => setDrawer({ user: row.original }) },
          {
            label: "Delete",
            icon: <Trash />,
            onClick: async ({ row }) => {
              const user = row.original
              const ok = await confirm({
                title: `Remove ${[user.first_name, user.last_name].filter(Boolean).join(" ") || user.email}?`,
                description: "They can no longer be a cart's purchaser or a device's assignee.",
                confirmText: "Remove",
                variant: "danger",
              })
              if (!ok) return
              await deleteUser.mutateAsync(user.id).then(
                () => toast.success("User removed"),
                () => undefined
              )
            },
          },
        ],
      }),
    ],
    [confirm, deleteUser]
  )

  const table = useDataTable({
    columns,
    data: data?.users ?? [],
    getRowId: (user) => user.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: list.pagination,
  })

  const editing = drawer?.user
  return (
    <DataTableSection
      testId="company-users"
      table={table}
      title="Users"
      action={{ label: "Add user", onClick: () => setDrawer({}) }}
      error={error}
      emptyText="No users yet."
    >
      {drawer && (
        <FormDrawer
          key={editing?.id ?? "new"}
          title={editing ? "Edit user" : "Add user"}
          testId={editing ? "edit-user-drawer" : "add-user-drawer"}
          submitLabel={editing ? "Save" : "Add"}
          fields={userFields(editing)}
          onClose={() => setDrawer(null)}
          onSubmit={async (values) => {
            const body = { ...compact(values), role: values.role as CompanyUserRole }
            if (editing) {
              await updateUser.mutateAsync({ id: editing.id, ...body })
              toast.success("User saved")
            } else {
              await createUser.mutateAsync({
                first_name: values.first_name,
                last_name: values.last_name,
                email: values.email,
                ...body,
              })
              toast.success("User added")
            }
            setDrawer(null)
          }}
        />
      )}
    </DataTableSection>
  )
}
