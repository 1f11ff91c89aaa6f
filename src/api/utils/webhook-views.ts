import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../modules/leasing"
import LeasingModuleService from "../../modules/leasing/service"
import { LeasingError } from "../../utils/leasing-errors"

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
const service = (scope: MedusaContainer) => scope.resolve<LeasingModuleService>(LEASING_MODULE)

type Endpoint = Awaited<ReturnType<LeasingModuleService["listLeaseWebhookEndpoints"]>>[number]
type Delivery = Awaited<ReturnType<LeasingModuleService["listLeaseWebhookDeliveries"]>>[number]

/** An endpoint as the company and staff see it: never its secret. */
export const endpointView = (e: Endpoint) => ({
  id: e.id,
  company_id: e.company_id,
  url: e.url,
  events: e.events as string[],
  description: e.description ?? null,
  enabled: e.enabled,
  consecutive_failures: e.consecutive_failures,
  disabled_at: iso(e.disabled_at),
  created_at: iso(e.created_at)!,
})

/** One line of the delivery log. `id` is the `webhook-id` header the receiver saw. */
export const deliveryView = (d: Delivery) => ({
  id: d.id,
  endpoint_id: d.endpoint_id,
  event_type: d.event_type,
  status: d.status,
  attempts: d.attempts,
  last_response_status: d.last_response_status ?? null,
  last_error: d.last_error ?? null,
  next_attempt_at: iso(d.next_attempt_at),
  delivered_at: iso(d.delivered_at),
  created_at: iso(d.created_at)!,
})

export async function listEndpoints(
  scope: MedusaContainer,
  filters: { company_id?: string },
  page: { limit: number; offset: number }
) {
  const [rows, count] = await service(scope).listAndCountLeaseWebhookEndpoints(filters, {
    take: page.limit,
    skip: page.offset,
    order: { created_at: "DESC" },
  })
  return { endpoints: rows.map(endpointView), count }
}

/** An endpoint by id (the company's own when `company_id` is given); WEBHOOK_ENDPOINT_NOT_FOUND otherwise. */
export async function findEndpoint(scope: MedusaContainer, id: string, company_id?: string) {
  const [endpoint] = /^lwhe_[0-9A-Za-z]+$/.test(id)
    ? await service(scope).listLeaseWebhookEndpoints({ id, ...(company_id ? { company_id } : {}) }, { take: 1 })
    : []
  if (!endpoint) throw new LeasingError("WEBHOOK_ENDPOINT_NOT_FOUND", `No webhook endpoint ${id}.`)
  return endpoint
}

export async function listDeliveries(
  scope: MedusaContainer,
  endpoint_id: string,
  page: { limit: number; offset: number }
) {
  const [rows, count] = await service(scope).listAndCountLeaseWebhookDeliveries(
    { endpoint_id },
    { take: page.limit, skip: page.offset, order: { created_at: "DESC" } }
  )
  return { deliveries: rows.map(deliveryView), count }
}
