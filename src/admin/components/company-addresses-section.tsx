import { Badge, Button, Table, toast } from "@medusajs/ui"
import { useState } from "react"
import { CompanyAddress, companyApi, compact } from "../lib/company-api"
import { FormDrawer } from "./form-drawer"
import { SectionTable } from "./section-table"

type Props = { companyId: string; addresses: CompanyAddress[]; onChanged: () => Promise<void> }

/** A company's saved delivery addresses; exactly one is the default. */
export const CompanyAddressesSection = ({ companyId, addresses, onChanged }: Props) => {
  const [adding, setAdding] = useState(false)
  const makeDefault = async (address: CompanyAddress) => {
    try {
      await companyApi.setDefaultAddress(companyId, address.id)
      toast.success(`${address.label ?? address.city} is now the default address`)
      await onChanged()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const drawer = adding && (
    <FormDrawer
      title="Add address"
      testId="add-address-drawer"
      submitLabel="Add"
      fields={[
        { name: "label", label: "Label" },
        { name: "company", label: "Company name on the label" },
        { name: "address_1", label: "Address", required: true },
        { name: "postal_code", label: "Postal code" },
        { name: "city", label: "City", required: true },
        { name: "country_code", label: "Country code (ISO, e.g. FR)", required: true },
        { name: "phone", label: "Phone" },
      ]}
      onClose={() => setAdding(false)}
      onSubmit={async (values) => {
        await companyApi.addAddress(companyId, compact(values))
        toast.success("Address added")
        setAdding(false)
        await onChanged()
      }}
    />
  )
  return (
    <SectionTable
      testId="company-addresses"
      title="Addresses"
      actionLabel="Add address"
      onAction={() => setAdding(true)}
      columns={["#", "Label", "Address", ""]}
      emptyText="No saved addresses yet."
      extra={drawer}
    >
      {addresses.map((address) => (
        <Table.Row key={address.id} data-testid={`address-row-${address.number}`}>
          <Table.Cell>{address.number}</Table.Cell>
          <Table.Cell>{address.label ?? "—"}</Table.Cell>
          <Table.Cell>
            {[address.address_1, [address.postal_code, address.city].filter(Boolean).join(" "), address.country_code].join(", ")}
          </Table.Cell>
          <Table.Cell className="text-right">
            {address.is_default ? (
              <Badge size="2xsmall" color="green">
                Default
              </Badge>
            ) : (
              <Button size="small" variant="transparent" onClick={() => makeDefault(address)}>
                Make default
              </Button>
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </SectionTable>
  )
}
