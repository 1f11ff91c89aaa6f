import { adminPaths } from "./admin-paths"
import { adminSchemas } from "./admin-schemas"
import { commonSchemas } from "./common-schemas"
import { adminLeaseLifecyclePaths, leaseLifecycleSchemas, storeLeaseLifecyclePaths } from "./lease-lifecycle-paths"
import { adminLeaseWebhookPaths, leaseWebhookSchemas, storeLeaseWebhookPaths } from "./lease-webhook-paths"
import { storeCartPaths } from "./store-cart-paths"
import { storeOrderPaths, storeOrderSchemas } from "./store-order-paths"
import { storePaths } from "./store-paths"
import { storeSchemas } from "./store-schemas"
import { storeUserPaths } from "./store-user-paths"
import { storeDevicePaths, storeDeviceSchemas } from "./store-device-paths"
import { jsonResponse } from "./schema-helpers"

/** Where the app serves this document (no key needed: it holds no secrets, and tools fetch it bare). */
export const OPENAPI_DOCUMENT_PATH = "/leasing/openapi.json"

/**
 * The plugin's HTTP contract as OpenAPI 3.1, maintained by hand beside the routes. The HTTP
 * tests validate every real response of a documented route against it
 * (integration-tests/helpers/openapi-validation.ts), so it cannot drift from the code.
 */
export const leasingOpenApiDocument = {
  openapi: "3.1.0",
  jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
  info: {
    title: "medusa-leasing",
    version: "0.1.0",
    description:
      "Device leasing for companies on Medusa v2. The platform's routes answer `{data}` / `{data, meta}` and errors " +
      "`{error: CODE, message}`; Medusa's routes keep Medusa's shapes (`{type, message}`, with `code` on the plugin's errors).",
  },
  tags: [
    { name: "Platform carts", description: "The leasing platform's cart contract." },
    { name: "Platform orders", description: "The company's orders and their lease contracts." },
    { name: "Lease contracts", description: "The company's lease contracts: billing schedule and end of lease." },
    { name: "Webhooks", description: "Signed lease events to the company's HTTPS endpoints (Standard Webhooks)." },
    { name: "Medusa carts", description: "Medusa's store cart update, with the leasing extension." },
    { name: "Catalog", description: "Lease and purchase prices by country (publishable key only)." },
    { name: "Company", description: "The caller's company, users and addresses." },
    { name: "Devices", description: "The company's fleet: ordered and registered devices." },
    { name: "Admin", description: "Leasing offers and companies (admin authentication)." },
    { name: "Meta", description: "This document." },
  ],
  paths: {
    ...storePaths,
    ...storeCartPaths,
    ...storeUserPaths,
    ...storeDevicePaths,
    ...storeOrderPaths,
    ...adminPaths,
    ...storeLeaseLifecyclePaths,
    ...adminLeaseLifecyclePaths,
    ...storeLeaseWebhookPaths,
    ...adminLeaseWebhookPaths,
    [OPENAPI_DOCUMENT_PATH]: {
      get: {
        operationId: "getOpenApiDocument",
        tags: ["Meta"],
        summary: "This OpenAPI document",
        security: [],
        responses: {
          "200": jsonResponse("The document", {
            type: "object",
            required: ["openapi", "paths"],
            properties: { openapi: { const: "3.1.0" }, paths: { type: "object" } },
          }),
        },
      },
    },
  },
  components: {
    securitySchemes: {
      publishableKey: {
        type: "apiKey",
        in: "header",
        name: "x-publishable-api-key",
        description: "Medusa's publishable key (every /store route).",
      },
      companyToken: { type: "http", scheme: "bearer", description: "A company API token `lsk_…` (READ or WRITE)." },
      customerSession: {
        type: "apiKey",
        in: "cookie",
        name: "connect.sid",
        description: "A signed-in customer linked to a company user.",
      },
      adminBearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
      adminSession: { type: "apiKey", in: "cookie", name: "connect.sid" },
      adminApiKey: { type: "http", scheme: "basic", description: "A Medusa secret API key." },
    },
    headers: {
      RetryAfter: {
        description: "Seconds until the credential may call again.",
        schema: { type: "integer", minimum: 0 },
      },
    },
    schemas: {
      ...commonSchemas,
      ...storeSchemas,
      ...storeOrderSchemas,
      ...storeDeviceSchemas,
      ...adminSchemas,
      ...leaseLifecycleSchemas,
      ...leaseWebhookSchemas,
    },
  },
} as const

export type LeasingOpenApiDocument = typeof leasingOpenApiDocument
