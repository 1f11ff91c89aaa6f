import { model } from "@medusajs/framework/utils"
import { WEBHOOK_DELIVERY_STATUSES } from "../constants"

/**
 * One event for one endpoint, and the log of its attempts. Its id is the `webhook-id` header of
 * every attempt, so a receiver deduplicates retries; `event_key` (event name and payload) is
 * unique per endpoint, so an event the bus delivers twice is still sent as one message.
 */
const LeaseWebhookDelivery = model
  .define("lease_webhook_delivery", {
    id: model.id({ prefix: "msg" }).primaryKey(),
    endpoint_id: model.text(),
    company_id: model.text(),
    event_type: model.text(),
    event_key: model.text(),
    payload: model.json(),
    status: model.enum([...WEBHOOK_DELIVERY_STATUSES]).default("PENDING"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    last_attempt_at: model.dateTime().nullable(),
    last_response_status: model.number().nullable(),
    last_error: model.text().nullable(),
    delivered_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["endpoint_id", "event_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "next_attempt_at"], where: "deleted_at IS NULL" },
    { on: ["company_id"], where: "deleted_at IS NULL" },
  ])

export default LeaseWebhookDelivery
