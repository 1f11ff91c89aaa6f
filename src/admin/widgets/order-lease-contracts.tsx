import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { AdminLeaseContract } from "../../types/leasing"
import { DeliverContractDrawer } from "../components/deliver-contract-drawer"
import { useLeaseContracts } from "../hooks/use-lease-contracts"
import { formatContractDate, formatRent, STATUS_COLOR, STATUS_LABEL } from "../lib/lease-contracts"

// An order holds one contract per leased device; a page of 100 covers any real order.
const MAX_CONTRACTS = 100

/** One contract as a row of the order page's sections: device and status, then who, what it costs, when. */
const ContractRow = ({ contract: c, onDeliver }: { contract: AdminLeaseContract; onDeliver: () => void }) => (
  <div
    className="flex items-start justify-between gap-x-4 px-6 py-4"
    data-testid={`lease-contract-${c.contract_number}`}
  >
    <div className="flex min-w-0 flex-col gap-y-1">
      <div className="flex flex-wrap items-center gap-x-2">
        <Text size="small" weight="plus">
          Contract {c.contract_number} · {c.device_name}
        </Text>
        <StatusBadge color={STATUS_COLOR[c.status]}>{STATUS_LABEL[c.status]}</StatusBadge>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {formatRent(c)} / month · {c.lease_term_months} months · device {c.device_number} ({c.delivery_country})
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {c.assignee
          ? `${c.assignee.name ?? "Removed user"}${c.assignee.email ? ` <${c.assignee.email}>` : ""}`
          : "No assignee"}
        {c.shipping_address?.label ? ` · ${c.shipping_address.label}` : ""}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        Start <span data-testid="contract-starts-at">{formatContractDate(c.starts_at)}</span> · End{" "}
        <span data-testid="contract-ends-at">{formatContractDate(c.ends_at)}</span>
      </Text>
    </div>
    {c.status === "PENDING_DELIVERY" ? (
      <Button size="small" variant="secondary" className="shrink-0" onClick={onDeliver}>
        Mark delivered
      </Button>
    ) : (
      // The schedule and the end-of-lease actions live on the contract's page.
      <Link to={`/lease-contracts/${c.id}`} className="text-ui-fg-interactive txt-compact-small shrink-0">
        Open contract
      </Link>
    )}
  </div>
)

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
      {contracts.map((c) => (
        <ContractRow key={c.id} contract={c} onDeliver={() => setDelivering(c)} />
      ))}
      {delivering && <DeliverContractDrawer contract={delivering} onClose={() => setDelivering(null)} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderLeaseContractsWidget
