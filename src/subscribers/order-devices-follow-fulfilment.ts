import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { followOrderDevicesWorkflow } from "../workflows/leasing-devices"

/**
 * A fulfilment shipped or delivered in Medusa moves the company's devices on its lines: SHIPPED,
 * then DELIVERED (IN_SERVICE when the device has an assignee).
 */
export default async function orderDevicesFollowFulfilment({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["id", "items.line_item_id"],
    filters: { id: event.data.id },
  })
  const order_item_ids = (data[0]?.items ?? []).flatMap((i) => (i?.line_item_id ? [i.line_item_id] : []))
  await followOrderDevicesWorkflow(container).run({
    input: {
      event: event.name === FulfillmentWorkflowEvents.DELIVERY_CREATED ? "DELIVERED" : "SHIPPED",
      order_item_ids,
    },
  })
}

export const config: SubscriberConfig = {
  event: [FulfillmentWorkflowEvents.SHIPMENT_CREATED, FulfillmentWorkflowEvents.DELIVERY_CREATED],
}
