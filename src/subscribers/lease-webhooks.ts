import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LEASE_EVENT_NAMES } from "../modules/leasing/constants"
import { deliverWebhook, enqueueWebhookDeliveriesWorkflow } from "../workflows/lease-webhooks"
import { hasSubscribedEndpoint } from "../workflows/lease-webhooks/utils/endpoints-of-event-group"

/**
 * Every lease event becomes a signed webhook to the company's subscribed endpoints: the
 * deliveries are written first (so none is lost if this process dies), then tried once at once;
 * the job `leasing-deliver-webhooks` retries the ones that failed.
 */
export default async function leaseWebhooks({ event, container }: SubscriberArgs<Record<string, unknown>>) {
  // Most companies register no endpoint: a checkout of N devices emits N events, and running the
  // workflow for each would cost more than the checkout's own per-device work (issue #22).
  const companyId = event.data?.company_id
  const groupId = event.metadata?.eventGroupId
  if (typeof companyId !== "string" || !(await hasSubscribedEndpoint(container, companyId, event.name, groupId))) {
    return
  }
  const { result: ids } = await enqueueWebhookDeliveriesWorkflow(container).run({
    input: { event_name: event.name, data: event.data },
  })
  for (const id of ids) await deliverWebhook(container, id)
}

export const config: SubscriberConfig = {
  event: [...LEASE_EVENT_NAMES],
  context: { subscriberId: "leasing-lease-webhooks" },
}
