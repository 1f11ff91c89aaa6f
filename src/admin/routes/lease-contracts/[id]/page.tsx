import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { LeaseEndSection } from "../../../components/lease-end-section"
import { LeaseScheduleSection } from "../../../components/lease-schedule-section"
import { useLeaseContract } from "../../../hooks/use-lease-lifecycle"
import { formatContractDate, formatRent, STATUS_COLOR, STATUS_LABEL } from "../../../lib/lease-contracts"

/** One lease contract: who leases what, its billing schedule, and its end-of-lease actions. */
const LeaseContractPage = () => {
  const { id } = useParams()
  const { data, error } = useLeaseContract(id!)
  const c = data?.lease_contract
  if (error) {
    return (
      <Container>
        <Text className="text-ui-fg-error" role="alert">
          {error.message}
        </Text>
      </Container>
    )
  }
  if (!c) return null

  return (
    <div className="flex flex-col gap-y-3" data-testid="lease-contract-page">
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h1">
            Contract {c.contract_number} · {c.device_name}
          </Heading>
          <StatusBadge color={STATUS_COLOR[c.status]} data-testid="lease-contract-status">
            {STATUS_LABEL[c.status]}
          </StatusBadge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          <Link to={`/companies/${c.company.id}`} className="text-ui-fg-interactive">
            {c.company.name ?? c.company.id}
          </Link>{" "}
          · {formatRent(c)} / month · {c.lease_term_months} months · start {formatContractDate(c.starts_at)} · end{" "}
          {formatContractDate(c.ends_at)}
          {c.early_return_fee !== null
            ? ` · early-return fee ${c.early_return_fee.toFixed(2)} ${c.currency_code.toUpperCase()}`
            : ""}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {c.assignee?.name ?? "No assignee"} ·{" "}
          <Link to={`/orders/${c.order_id}`} className="text-ui-fg-interactive">
            Open the order
          </Link>
        </Text>
      </Container>
      <LeaseScheduleSection contractId={c.id} />
      <LeaseEndSection contract={c} />
    </div>
  )
}

export default LeaseContractPage
