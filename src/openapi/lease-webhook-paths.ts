import { PlatformListQuery } from "../api/utils/platform-validation"
import { AdminListWebhookDeliveries, AdminListWebhookEndpoints } from "../api/admin/leasing/webhooks/validators"
import { StoreCreateWebhookEndpoint } from "../api/store/leasing/webhooks/validators"
import { pageOf, requestBodyOf } from "./from-validators"
import { LEASE_EVENT_NAMES, WEBHOOK_DELIVERY_STATUSES } from "../modules/leasing/constants"
import { LeasingErrorCode } from "../utils/leasing-errors"
import { codedMedusaErrors, jsonResponse, nullable, platformErrors, ref, Schema, strictObject } from "./schema-helpers"
import { ANY, BODY, company, CREDENTIALS, pathId } from "./store-paths"

const text: Schema = { type: "string" }
const integer: Schema = { type: "integer", minimum: 0 }
const dateTime: Schema = { type: "string", format: "date-time" }
const endpointId = pathId("The endpoint's `lwhe_` id.")
const endpointProperties: Record<string, Schema> = {
  id: text,
  company_id: text,
  url: text,
  events: { type: "array", items: ref("LeaseEventName") },
  description: nullable(text),
  enabled: { type: "boolean", description: "False once deliveries failed for good too many times in a row." },
  consecutive_failures: integer,
  disabled_at: nullable(dateTime),
  created_at: dateTime,
}

export const leaseWebhookSchemas: Record<string, Schema> = {
  LeaseEventName: { type: "string", enum: [...LEASE_EVENT_NAMES] },
  WebhookEndpoint: strictObject(endpointProperties),
  WebhookEndpointWithSecret: strictObject({
    ...endpointProperties,
    secret: {
      type: "string",
      pattern: "^whsec_",
      description: "The Standard Webhooks signing secret: shown in this answer only.",
    },
  }),
  WebhookDelivery: strictObject({
    id: { ...text, description: "The `webhook-id` header of every attempt (deduplicate on it)." },
    endpoint_id: text,
    event_type: ref("LeaseEventName"),
    status: { enum: [...WEBHOOK_DELIVERY_STATUSES] },
    attempts: integer,
    last_response_status: nullable({ type: "integer" }),
    last_error: nullable(text),
    next_attempt_at: nullable(dateTime),
    delivered_at: nullable(dateTime),
    created_at: dateTime,
  }),
}

const READ: LeasingErrorCode[] = [...ANY, ...CREDENTIALS]
const list = (item: Schema) => strictObject({ data: { type: "array", items: item }, meta: ref("ListMeta") })

/** A company's outbound webhooks (`/store/leasing/webhooks`). */
export const storeLeaseWebhookPaths = {
  "/store/leasing/webhooks": {
    get: {
      operationId: "platformListWebhooks",
      tags: ["Webhooks"],
      summary: "The company's webhook endpoints",
      security: company,
      parameters: pageOf(PlatformListQuery),
      responses: {
        "200": jsonResponse("One page of endpoints", list(ref("WebhookEndpoint"))),
        ...platformErrors(READ),
      },
    },
    post: {
      operationId: "platformCreateWebhook",
      tags: ["Webhooks"],
      summary: "Register an HTTPS endpoint for lease events (its signing secret is shown once)",
      security: company,
      requestBody: requestBodyOf(StoreCreateWebhookEndpoint, {
        properties: { url: { description: "HTTPS, public host." } },
      }),
      responses: {
        "201": jsonResponse("The endpoint and its secret", strictObject({ data: ref("WebhookEndpointWithSecret") })),
        ...platformErrors([...READ, ...BODY, "WEBHOOK_URL_NOT_ALLOWED"]),
      },
    },
  },
  "/store/leasing/webhooks/{id}": {
    delete: {
      operationId: "platformDeleteWebhook",
      tags: ["Webhooks"],
      summary: "Delete an endpoint",
      security: company,
      parameters: [endpointId],
      responses: {
        "200": jsonResponse("Deleted", strictObject({ data: strictObject({ id: text, deleted: { const: true } }) })),
        ...platformErrors([...READ, "WEBHOOK_ENDPOINT_NOT_FOUND"]),
      },
    },
  },
  "/store/leasing/webhooks/{id}/deliveries": {
    get: {
      operationId: "platformListWebhookDeliveries",
      tags: ["Webhooks"],
      summary: "An endpoint's delivery log, newest first",
      security: company,
      parameters: [endpointId, ...pageOf(PlatformListQuery)],
      responses: {
        "200": jsonResponse("One page of deliveries", list(ref("WebhookDelivery"))),
        ...platformErrors([...READ, "WEBHOOK_ENDPOINT_NOT_FOUND"]),
      },
    },
  },
}

const admin = [{ adminBearer: [] }, { adminSession: [] }, { adminApiKey: [] }]
const adminId = { name: "id", in: "path", required: true, schema: { type: "string" } }
const adminList = (key: string, item: Schema) =>
  strictObject({ [key]: { type: "array", items: item }, count: integer, limit: integer, offset: integer })

/** Staff's view of the same. */
export const adminLeaseWebhookPaths = {
  "/admin/leasing/webhooks": {
    get: {
      operationId: "adminListWebhooks",
      tags: ["Admin"],
      summary: "Companies' webhook endpoints",
      security: admin,
      parameters: [
        { name: "company_id", in: "query", required: false, schema: text },
        ...pageOf(AdminListWebhookEndpoints),
      ],
      responses: {
        "200": jsonResponse("Endpoints", adminList("webhook_endpoints", ref("WebhookEndpoint"))),
        ...codedMedusaErrors(["VALIDATION_ERROR", "INTERNAL_ERROR"]),
      },
    },
  },
  "/admin/leasing/webhooks/{id}/deliveries": {
    get: {
      operationId: "adminListWebhookDeliveries",
      tags: ["Admin"],
      summary: "An endpoint's delivery log, newest first",
      security: admin,
      parameters: [adminId, ...pageOf(AdminListWebhookDeliveries)],
      responses: {
        "200": jsonResponse("Deliveries", adminList("deliveries", ref("WebhookDelivery"))),
        ...codedMedusaErrors(["VALIDATION_ERROR", "WEBHOOK_ENDPOINT_NOT_FOUND", "INTERNAL_ERROR"]),
      },
    },
  },
  "/admin/leasing/webhooks/{id}/enable": {
    post: {
      operationId: "adminEnableWebhook",
      tags: ["Admin"],
      summary: "Enable an endpoint again (after repeated failures)",
      security: admin,
      parameters: [adminId],
      responses: {
        "200": jsonResponse("The endpoint", strictObject({ webhook_endpoint: ref("WebhookEndpoint") })),
        ...codedMedusaErrors(["WEBHOOK_ENDPOINT_NOT_FOUND", "INTERNAL_ERROR"]),
      },
    },
  },
}
