import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { cancelOrderLeaseContractsWorkflow } from "../workflows/lease-contracts/cancel-order-lease-contracts"

/** When staff cancel an order in Medusa, its leases that never started are cancelled too. */
export default async function orderCanceledLeaseContracts({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelOrderLeaseContractsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }
