import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { CompanyUser, companyApi, compact } from "../lib/company-api"
import { FormDrawer } from "./form-drawer"

type Props = { companyId: string; users: CompanyUser[]; onChanged: () => Promise<void> }

/** A company's employees: purchasers, signatories and device assignees. */
export const CompanyUsersSection = ({ companyId, users, onChanged }: Props) => {
  const [adding, setAdding] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="company-users">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Users</Heading>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          Add user
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>#</Table.HeaderCell>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Email</Table.HeaderCell>
            <Table.HeaderCell>Role</Table.HeaderCell>
            <Table.HeaderCell>Storefront login</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
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
        </Table.Body>
      </Table>
      {!users.length && <Text className="text-ui-fg-muted px-6 py-4">No users yet.</Text>}
      {adding && (
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
      )}
    </Container>
  )
}
