import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminLeaseContract } from "../../types/leasing"
import { DeliverContractDrawer } from "../components/deliver-contract-drawer"
import { useLeaseContracts } from "../hooks/use-lease-contracts"
import { formatContractDate, formatRent, STATUS_COLOR, STATUS_LABEL } from "../lib/lease-contracts"

// An order holds one contract per leased device; a page of 100 covers any real order.
const MAX_CONTRACTS = 100

/** Order page: the order's lease contracts, and "Mark delivered" for each device still on its way. */
const OrderLeaseContractsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error } = useLeaseContracts({ order_id: order.id, limit: MAX_CONTRACTS })
  const [delivering, setDelivering] = useState<AdminLeaseContract | null>(null)
  const contracts = data?.lease_contracts ?? []
  // A plain order (or one whose contracts are still loading) gets no section at all.
  if (!error && !contracts.length) return null

  return (
    <Container className="divide-y p-0" data-testid="order-lease-contracts">
      <div className="px-6 py-4">
        <Heading level="h2">Lease contracts</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          One per leased device. A contract starts when its device is delivered and ends after its term.
        </Text>
      </div>
      {error && (
        <Text className="text-ui-fg-error px-6 py-4" role="alert">
          {error.message}
        </Text>
      )}
      {contracts.length > 0 && (
        // The order page's main column is narrow: the table scrolls rather than overflow the card.
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Contract</Table.HeaderCell>
                <Table.HeaderCell>Device</Table.HeaderCell>
                <Table.HeaderCell>Assignee</Table.HeaderCell>
                <Table.HeaderCell>Rent and term</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Dates</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {contracts.map((c) => (
                <Table.Row key={c.id} data-testid={`lease-contract-${c.contract_number}`}>
                  <Table.Cell>{c.contract_number}</Table.Cell>
                  <Table.Cell className="min-w-[10rem]">
                    {c.device_name}
                    <Text size="xsmall" className="text-ui-fg-muted">
                      Device {c.device_number} · {c.delivery_country}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    {c.assignee?.name ?? "—"}
                    {c.assignee?.email && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {c.assignee.email}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    {formatRent(c)} / month
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {c.lease_term_months} months
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLOR[c.status]}>{STATUS_LABEL[c.status]}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    <Text size="small">
                      Start <span data-testid="contract-starts-at">{formatContractDate(c.starts_at)}</span>
                    </Text>
                    <Text size="small">
                      End <span data-testid="contract-ends-at">{formatContractDate(c.ends_at)}</span>
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {c.status === "PENDING_DELIVERY" && (
                      <Button size="small" variant="secondary" className="whitespace-nowrap" onClick={() => setDelivering(c)}>
                        Mark delivered
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {delivering && <DeliverContractDrawer contract={delivering} onClose={() => setDelivering(null)} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderLeaseContractsWidget
