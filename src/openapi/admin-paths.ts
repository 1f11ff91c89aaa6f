import { codedMedusaErrors, jsonContent, jsonResponse, medusaErrors, ref, Schema, strictObject } from "./schema-helpers"

const admin = [{ adminBearer: [] }, { adminSession: [] }, { adminApiKey: [] }]
const param = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
})
const id = param("id", "The company's id.")
const findParams = ["limit", "offset", "order", "fields"].map((name) => ({
  name,
  in: "query",
  required: false,
  schema: { type: name === "limit" || name === "offset" ? "integer" : "string" },
}))

const READ_ERRORS = medusaErrors([400, 401, 404, 500])
const WRITE_ERRORS = medusaErrors([400, 401, 404, 409, 413, 415, 500])

function operation(
  operationId: string,
  summary: string,
  response: Schema,
  extra: Record<string, unknown> = {},
  errors = READ_ERRORS
) {
  return {
    operationId,
    tags: ["Admin"],
    summary,
    security: admin,
    ...extra,
    responses: { "200": jsonResponse(summary, response), ...errors },
  }
}
const write = (operationId: string, summary: string, response: Schema, body: Schema, parameters: unknown[] = []) =>
  operation(
    operationId,
    summary,
    response,
    { parameters, requestBody: { required: true, content: jsonContent(body) } },
    WRITE_ERRORS
  )

const companyBody: Schema = {
  type: "object",
  properties: {
    name: { type: "string", minLength: 1, maxLength: 200 },
    email: { type: ["string", "null"], format: "email" },
    phone: { type: ["string", "null"] },
    country_code: { anyOf: [ref("Country"), { type: "null" }] },
    metadata: { type: ["object", "null"] },
  },
}
const userBody: Schema = {
  type: "object",
  properties: {
    first_name: { type: "string", minLength: 1, maxLength: 200 },
    last_name: { type: "string", minLength: 1, maxLength: 200 },
    email: { type: "string", format: "email" },
    role: ref("CompanyUserRole"),
    customer_id: {
      type: ["string", "null"],
      description: "The storefront customer who acts as this user when signed in.",
    },
  },
}

/** The admin routes under /admin/leasing (catalog offers and companies). */
export const adminPaths = {
  "/admin/leasing/carts": {
    get: operation(
      "adminListLeasingCarts",
      "Open leasing carts, most recently updated first",
      ref("AdminLeasingCartList"),
      {
        parameters: [
          { name: "company_id", in: "query", required: false, schema: { type: "string" } },
          ...findParams.filter((p) => p.name === "limit" || p.name === "offset"),
        ],
      }
    ),
  },
  "/admin/leasing/contracts": {
    get: operation(
      "adminListLeaseContracts",
      "Lease contracts, newest first, with the monthly rent of the running and pending ones per currency",
      ref("AdminLeaseContractList"),
      {
        parameters: [
          { name: "company_id", in: "query", required: false, schema: { type: "string" } },
          { name: "order_id", in: "query", required: false, schema: { type: "string" } },
          {
            name: "status",
            in: "query",
            required: false,
            description: "One or several statuses (repeated, or comma-separated).",
            schema: {
              anyOf: [
                ref("LeaseContractStatus"),
                { type: "array", items: ref("LeaseContractStatus") },
                { type: "string" },
              ],
            },
          },
          {
            name: "ending_within_days",
            in: "query",
            required: false,
            description: "Only ACTIVE contracts whose end date lies between now and N days from now.",
            schema: { type: "integer", minimum: 0, maximum: 3650 },
          },
          ...findParams.filter((p) => p.name === "limit" || p.name === "offset"),
        ],
      },
      codedMedusaErrors(["VALIDATION_ERROR", "INTERNAL_ERROR"])
    ),
  },
  "/admin/leasing/contracts/{id}": {
    get: operation(
      "adminGetLeaseContract",
      "A lease contract",
      strictObject({ lease_contract: ref("AdminLeaseContract") }),
      {
        parameters: [param("id", "The contract's id.")],
      },
      codedMedusaErrors(["NOT_FOUND", "INTERNAL_ERROR"])
    ),
  },
  "/admin/leasing/contracts/{id}/deliver": {
    post: operation(
      "adminDeliverLeaseContract",
      "Record a device's delivery: its contract starts (ACTIVE, end = start + term in calendar months)",
      strictObject({ lease_contract: ref("AdminLeaseContract") }),
      {
        parameters: [param("id", "The contract's id.")],
        requestBody: {
          required: false,
          content: jsonContent({
            type: "object",
            additionalProperties: false,
            properties: {
              delivered_at: {
                type: "string",
                description:
                  "ISO 8601 date or date-time, not in the future; defaults to now. A date alone is midnight UTC.",
                anyOf: [{ format: "date" }, { format: "date-time" }],
              },
            },
          }),
        },
      },
      codedMedusaErrors([
        "VALIDATION_ERROR",
        "NOT_FOUND",
        "CONTRACT_NOT_PENDING_DELIVERY",
        "CONFLICT",
        "PAYLOAD_TOO_LARGE",
        "UNSUPPORTED_MEDIA_TYPE",
        "INTERNAL_ERROR",
      ])
    ),
  },
  "/admin/leasing/offers": {
    get: operation("adminListLeasingOffers", "Leasing offers, filtered", ref("AdminLeasingOfferList"), {
      parameters: [
        ...findParams,
        {
          name: "product_id",
          in: "query",
          schema: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
        },
        { name: "delivery_country", in: "query", schema: ref("Country") },
        { name: "acquisition_mode", in: "query", schema: ref("AcquisitionMode") },
      ],
    }),
  },
  "/admin/leasing/products/{id}/offers": {
    get: operation(
      "adminListProductOffers",
      "Every variant of a product with its offer and leasing prices",
      strictObject({ variants: { type: "array", items: ref("AdminVariantLeasingOffer") } }),
      {
        parameters: [param("id", "The product's id.")],
      }
    ),
  },
  "/admin/leasing/variants/{id}/offer": {
    get: operation("adminGetVariantOffer", "A variant's offer and leasing prices", ref("AdminVariantLeasingOffer"), {
      parameters: [param("id", "The variant's id.")],
    }),
    post: write(
      "adminUpsertVariantOffer",
      "Create or replace a variant's offer and leasing prices",
      ref("AdminVariantLeasingOffer"),
      ref("AdminUpsertLeasingOfferBody"),
      [param("id", "The variant's id.")]
    ),
  },
  "/admin/leasing/companies": {
    get: operation("adminListCompanies", "Companies", ref("AdminCompanyList"), {
      parameters: [...findParams, { name: "q", in: "query", schema: { type: "string" } }],
    }),
    post: write("adminCreateCompany", "Create a company", strictObject({ company: ref("AdminCompany") }), {
      ...companyBody,
      required: ["name"],
    }),
  },
  "/admin/leasing/companies/{id}": {
    get: operation("adminGetCompany", "A company", strictObject({ company: ref("AdminCompany") }), {
      parameters: [id],
    }),
    post: write("adminUpdateCompany", "Update a company", strictObject({ company: ref("AdminCompany") }), companyBody, [
      id,
    ]),
    delete: operation("adminDeleteCompany", "Delete a company (its users go with it)", ref("AdminDeleted"), {
      parameters: [id],
    }),
  },
  "/admin/leasing/companies/{id}/users": {
    get: operation("adminListCompanyUsers", "A company's users", ref("AdminCompanyUserList"), {
      parameters: [id, ...findParams],
    }),
    post: write(
      "adminCreateCompanyUser",
      "Add a user",
      strictObject({ user: ref("AdminCompanyUser") }),
      { ...userBody, required: ["first_name", "last_name", "email"] },
      [id]
    ),
  },
  "/admin/leasing/companies/{id}/users/{user_id}": {
    post: write("adminUpdateCompanyUser", "Update a user", strictObject({ user: ref("AdminCompanyUser") }), userBody, [
      id,
      param("user_id", "The user's id."),
    ]),
    delete: operation("adminDeleteCompanyUser", "Delete a user", ref("AdminDeleted"), {
      parameters: [id, param("user_id", "The user's id.")],
    }),
  },
  "/admin/leasing/companies/{id}/addresses": {
    get: operation("adminListCompanyAddresses", "A company's addresses", ref("AdminCompanyAddressList"), {
      parameters: [id, ...findParams],
    }),
    post: write(
      "adminCreateCompanyAddress",
      "Add an address",
      strictObject({ address: ref("AdminCompanyAddress") }),
      ref("CompanyAddressBody"),
      [id]
    ),
  },
  "/admin/leasing/companies/{id}/addresses/{address_id}": {
    post: write(
      "adminUpdateCompanyAddress",
      "Update a saved address (the default moves through /default)",
      strictObject({ address: ref("AdminCompanyAddress") }),
      ref("CompanyAddressBody"),
      [id, param("address_id", "The address's id.")]
    ),
    delete: operation(
      "adminDeleteCompanyAddress",
      "Delete an address (the oldest remaining one becomes the default)",
      ref("AdminDeleted"),
      {
        parameters: [id, param("address_id", "The address's id.")],
      }
    ),
  },
  "/admin/leasing/companies/{id}/addresses/{address_id}/default": {
    post: operation(
      "adminSetDefaultAddress",
      "Make an address the company's default",
      strictObject({ address: ref("AdminCompanyAddress") }),
      {
        parameters: [id, param("address_id", "The address's id.")],
      }
    ),
  },
  "/admin/leasing/companies/{id}/devices": {
    get: operation(
      "adminListCompanyDevices",
      "A company's devices (ordered and registered)",
      ref("AdminCompanyDeviceList"),
      {
        parameters: [
          id,
          ...["limit", "offset"].map((name) => ({ name, in: "query", required: false, schema: { type: "integer" } })),
          { name: "q", in: "query", required: false, schema: { type: "string" } },
          { name: "client_status", in: "query", required: false, schema: { type: "string" } },
        ],
      }
    ),
  },
  "/admin/leasing/companies/{id}/devices/{device_id}": {
    post: write(
      "adminUpdateCompanyDevice",
      "Edit a device (name, serial number, assignee, status; the company's rules apply)",
      strictObject({ device: ref("AdminCompanyDevice") }),
      {
        type: "object",
        minProperties: 1,
        additionalProperties: false,
        properties: {
          name: { type: "string", minLength: 1, maxLength: 200 },
          serial_number: { type: ["string", "null"] },
          user_id: { type: ["string", "null"], description: "A user of the company (its id)." },
          client_status: { type: "string" },
        },
      },
      [id, param("device_id", "The device's id.")]
    ),
  },
  "/admin/leasing/companies/{id}/api-tokens": {
    get: operation("adminListApiTokens", "A company's API tokens (redacted)", ref("AdminApiTokenList"), {
      parameters: [id, ...findParams],
    }),
    post: write(
      "adminIssueApiToken",
      "Issue an API token: the only response that ever shows its secret",
      strictObject({ api_token: ref("AdminApiToken"), secret: { type: "string", pattern: "^lsk_" } }),
      {
        type: "object",
        required: ["label", "scope"],
        properties: { label: { type: "string", minLength: 1, maxLength: 200 }, scope: ref("ApiTokenScope") },
      },
      [id]
    ),
  },
  "/admin/leasing/companies/{id}/api-tokens/{token_id}/revoke": {
    post: operation("adminRevokeApiToken", "Revoke an API token", strictObject({ api_token: ref("AdminApiToken") }), {
      parameters: [id, param("token_id", "The token's id.")],
    }),
  },
}
