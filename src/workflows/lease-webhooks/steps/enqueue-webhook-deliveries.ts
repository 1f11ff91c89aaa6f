import { createHash } from "node:crypto"
import { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export type EnqueueWebhookDeliveriesStepInput = {
  event_name: string
  data: Record<string, unknown> & { company_id?: string }
}

export const enqueueWebhookDeliveriesStepId = "leasing-enqueue-webhook-deliveries"

/** The same event (name and data) always gets the same key: a repeated event is one delivery per endpoint. */
export const webhookEventKey = (eventName: string, data: unknown) =>
  createHash("sha256")
    .update(`${eventName}\n${JSON.stringify(data)}`)
    .digest("hex")

/** The company's enabled endpoints with the events each subscribed to (one indexed lookup). */
export async function enabledEndpoints(container: MedusaContainer, companyId: string) {
  const endpoints = await leasingService(container).listLeaseWebhookEndpoints(
    { company_id: companyId, enabled: true },
    { select: ["id", "events"] }
  )
  return endpoints.map((e) => ({ id: e.id, events: e.events as string[] }))
}

/** The company's enabled endpoints that subscribed to this event. */
export async function subscribedEndpoints(container: MedusaContainer, companyId: string, eventName: string) {
  return (await enabledEndpoints(container, companyId)).filter((e) => e.events.includes(eventName))
}

/**
 * One delivery per enabled endpoint of the event's company that subscribed to it, unless that
 * endpoint already has this event (the bus delivers at least once). The payload is fixed here,
 * so every retry sends the same body under the same `webhook-id`. Undone by deleting them.
 */
export const enqueueWebhookDeliveriesStep = createStep(
  enqueueWebhookDeliveriesStepId,
  async (input: EnqueueWebhookDeliveriesStepInput, { container }) => {
    const companyId = input.data?.company_id
    if (!companyId) return new StepResponse([] as string[], [] as string[])
    const service = leasingService(container)
    const endpoints = await subscribedEndpoints(container, companyId, input.event_name)
    if (!endpoints.length) return new StepResponse([] as string[], [] as string[])
    const event_key = webhookEventKey(input.event_name, input.data)
    const existing = new Set(
      (
        await service.listLeaseWebhookDeliveries(
          { endpoint_id: endpoints.map((e) => e.id), event_key },
          { select: ["endpoint_id"] }
        )
      ).map((d) => d.endpoint_id)
    )
    const payload = { type: input.event_name, timestamp: new Date().toISOString(), data: input.data }
    const rows = endpoints
      .filter((e) => !existing.has(e.id))
      .map((e) => ({ endpoint_id: e.id, company_id: companyId, event_type: input.event_name, event_key, payload }))
    const created = rows.length ? await service.createLeaseWebhookDeliveries(rows) : []
    const ids = created.map((d) => d.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await leasingService(container).deleteLeaseWebhookDeliveries(ids)
  }
)
