import { Badge, Table, toast } from "@medusajs/ui"
import { useState } from "react"
import { CompanyUser, companyApi, compact } from "../lib/company-api"
import { FormDrawer } from "./form-drawer"
import { SectionTable } from "./section-table"

type Props = { companyId: string; users: CompanyUser[]; onChanged: () => Promise<void> }

/** A company's employees: purchasers, signatories and device assignees. */
export const CompanyUsersSection = ({ companyId, users, onChanged }: Props) => {
  const [adding, setAdding] = useState(false)
  const drawer = adding && (
    <FormDrawer
      title="Add user"
      testId="add-user-drawer"
      submitLabel="Add"
      fields={[
        { name: "first_name", label: "First name", required: true },
        { name: "last_name", label: "Last name", required: true },
        { name: "email", label: "Email", type: "email", required: true },
        { name: "role", label: "Role", required: true, options: ["EMPLOYEE", "ADMIN"], initial: "EMPLOYEE" },
      ]}
      onClose={() => setAdding(false)}
      onSubmit={async (values) => {
        await companyApi.addUser(companyId, compact(values))
        toast.success("User added")
        setAdding(false)
        await onChanged()
      }}
    />
  )
  return (
    <SectionTable
      testId="company-users"
      title="Users"
      actionLabel="Add user"
      onAction={() => setAdding(true)}
      columns={["#", "Name", "Email", "Role", "Storefront login"]}
      emptyText="No users yet."
      extra={drawer}
    >
      {users.map((user) => (
        <Table.Row key={user.id}>
          <Table.Cell>{user.number}</Table.Cell>
          <Table.Cell>{`${user.first_name} ${user.last_name}`}</Table.Cell>
          <Table.Cell>{user.email}</Table.Cell>
          <Table.Cell>
            <Badge size="2xsmall" color={user.role === "ADMIN" ? "blue" : "grey"}>
              {user.role}
            </Badge>
          </Table.Cell>
          <Table.Cell>{user.customer_id ? "Linked" : "—"}</Table.Cell>
        </Table.Row>
      ))}
    </SectionTable>
  )
}
