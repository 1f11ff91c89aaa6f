import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Webhook } from "standardwebhooks"
import { leasingService } from "../lease-contracts/steps/leasing-service"

// How long an attempt holds its delivery: a server killed mid-attempt leaves it to the next run after this.
const CLAIM_MS = 60_000
const TIMEOUT_MS = 10_000

type Claimed = { id: string; endpoint_id: string; payload: unknown; attempts: number }

/**
 * Takes a due delivery for one attempt, in one conditional UPDATE, so two processes (or the
 * subscriber and the retry job) never send it at the same time; null when it is not due.
 */
async function claim(knex: Knex, id: string, now: Date): Promise<Claimed | null> {
  const [row] = await knex("lease_webhook_delivery")
    .where({ id, status: "PENDING" })
    .whereNull("deleted_at")
    .where((q) => q.whereNull("next_attempt_at").orWhere("next_attempt_at", "<=", now))
    .update({
      next_attempt_at: new Date(now.getTime() + CLAIM_MS),
      last_attempt_at: now,
      attempts: knex.raw("attempts + 1"),
      updated_at: now,
    })
    .returning(["id", "endpoint_id", "payload", "attempts"])
  return row ?? null
}

async function send(url: string, secret: string, id: string, body: string) {
  const timestamp = new Date()
  const signature = new Webhook(secret).sign(id, timestamp, body)
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": id,
        "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
        "webhook-signature": signature,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    return {
      ok: response.status >= 200 && response.status < 300,
      status: response.status,
      error: response.ok ? null : `HTTP ${response.status}`,
    }
  } catch (err) {
    return { ok: false, status: null, error: (err as Error).name === "TimeoutError" ? "timeout" : "connection failed" }
  }
}

/**
 * One attempt at one delivery, signed the Standard Webhooks way (headers webhook-id — the
 * delivery's stable id —, webhook-timestamp, webhook-signature). A 2xx ends it SUCCEEDED; else it
 * is retried with exponential backoff (webhookBackoffSeconds × 2^(attempt−1)) up to
 * webhookMaxAttempts, then FAILED; an endpoint whose deliveries fail for good
 * webhookDisableAfterFailures times in a row is disabled. Answers whether it was sent successfully.
 */
export async function deliverWebhook(container: MedusaContainer, id: string, now = new Date()) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const service = leasingService(container)
  const options = service.getLifecycleOptions()
  const delivery = await claim(knex, id, now)
  if (!delivery) return false
  const [endpoint] = await service.listLeaseWebhookEndpoints({ id: delivery.endpoint_id }, { take: 1 })
  if (!endpoint || !endpoint.enabled) {
    await service.updateLeaseWebhookDeliveries({
      id,
      status: "FAILED",
      next_attempt_at: null,
      last_error: "endpoint disabled or deleted",
    })
    return false
  }
  const result = await send(endpoint.url, endpoint.secret, delivery.id, JSON.stringify(delivery.payload))
  if (result.ok) {
    await service.updateLeaseWebhookDeliveries({
      id,
      status: "SUCCEEDED",
      delivered_at: new Date(),
      next_attempt_at: null,
      last_response_status: result.status,
      last_error: null,
    })
    if (endpoint.consecutive_failures)
      await service.updateLeaseWebhookEndpoints({ id: endpoint.id, consecutive_failures: 0 })
    return true
  }
  const exhausted = delivery.attempts >= options.webhookMaxAttempts
  await service.updateLeaseWebhookDeliveries({
    id,
    status: exhausted ? "FAILED" : "PENDING",
    next_attempt_at: exhausted
      ? null
      : new Date(Date.now() + options.webhookBackoffSeconds * 1000 * 2 ** (delivery.attempts - 1)),
    last_response_status: result.status,
    last_error: result.error,
  })
  if (exhausted) {
    const failures = endpoint.consecutive_failures + 1
    const disable = failures >= options.webhookDisableAfterFailures
    await service.updateLeaseWebhookEndpoints({
      id: endpoint.id,
      consecutive_failures: failures,
      ...(disable ? { enabled: false, disabled_at: new Date() } : {}),
    })
  }
  return false
}

/** Every delivery due now (new, or whose backoff has passed), oldest first: the retry job's pass. */
export async function deliverDueWebhooks(container: MedusaContainer, limit = 100) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const now = new Date()
  const due: { id: string }[] = await knex("lease_webhook_delivery")
    .where({ status: "PENDING" })
    .whereNull("deleted_at")
    .where((q) => q.whereNull("next_attempt_at").orWhere("next_attempt_at", "<=", now))
    .orderBy("created_at")
    .limit(limit)
    .select("id")
  let sent = 0
  for (const { id } of due) if (await deliverWebhook(container, id, now)) sent++
  return { attempted: due.length, sent }
}
