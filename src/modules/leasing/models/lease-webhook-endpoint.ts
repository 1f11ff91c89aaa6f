import { model } from "@medusajs/framework/utils"

/**
 * A company's HTTPS receiver for lease events, signed the Standard Webhooks way. The signing
 * secret must be readable to sign (HMAC), so it is stored as issued (`whsec_…`) and only ever
 * shown in the answer that created the endpoint; `enabled` turns false after repeated failures.
 */
const LeaseWebhookEndpoint = model
  .define("lease_webhook_endpoint", {
    id: model.id({ prefix: "lwhe" }).primaryKey(),
    company_id: model.text(),
    url: model.text(),
    /** Lease event names (`lease_contract.ended`…) this endpoint receives. */
    events: model.json<string[]>(),
    description: model.text().nullable(),
    secret: model.text(),
    enabled: model.boolean().default(true),
    /** Deliveries that failed for good in a row; reset by a success. */
    consecutive_failures: model.number().default(0),
    disabled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["company_id"], where: "deleted_at IS NULL" }])

export default LeaseWebhookEndpoint
