import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { followOrderDevicesWorkflow } from "../workflows/leasing-devices"

/** When staff cancel an order in Medusa, its devices leave the company's active fleet (ARCHIVED). */
export default async function orderCanceledDevices({ event, container }: SubscriberArgs<{ id: string }>) {
  await followOrderDevicesWorkflow(container).run({ input: { event: "CANCELED", order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }
