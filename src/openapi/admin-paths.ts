import { AdminListLeasingCarts } from "../api/admin/leasing/carts/validators"
import { AdminListLeasingOffers } from "../api/admin/leasing/offers/validators"
import {
  AdminCreateApiToken,
  AdminCreateCompany,
  AdminCreateCompanyAddress,
  AdminCreateCompanyUser,
  AdminListCompanies,
  AdminListCompanyRecords,
  AdminUpdateCompany,
  AdminUpdateCompanyAddress,
  AdminUpdateCompanyUser,
} from "../api/admin/leasing/companies/validators"
import { AdminListCompanyDevices, AdminUpdateCompanyDevice } from "../api/admin/leasing/companies/device-validators"
import { AdminDeliverLeaseContract, AdminListLeaseContracts } from "../api/admin/leasing/contracts/validators"
import { Annotations, bodySchemaOf, pageOf, queryParametersOf, requestBodyOf } from "./from-validators"
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
// Medusa's list parameters, as each list's validator has them (its page size included).
const findParams = (validator: Parameters<typeof queryParametersOf>[0]) =>
  queryParametersOf(validator, ["limit", "offset", "order", "fields"])

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

// Words for the generated bodies (their shapes are the validators', see from-validators.ts).
const userWords: Annotations = {
  properties: { customer_id: { description: "The storefront customer who acts as this user when signed in." } },
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
          ...pageOf(AdminListLeasingCarts),
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
          ...pageOf(AdminListLeaseContracts),
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
        requestBody: requestBodyOf(
          AdminDeliverLeaseContract,
          {
            properties: {
              delivered_at: {
                description:
                  "ISO 8601 date or date-time, not in the future; defaults to now. A date alone is midnight UTC.",
              },
            },
          },
          false
        ),
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
        ...findParams(AdminListLeasingOffers),
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
      parameters: [...findParams(AdminListCompanies), { name: "q", in: "query", schema: { type: "string" } }],
    }),
    post: write(
      "adminCreateCompany",
      "Create a company",
      strictObject({ company: ref("AdminCompany") }),
      bodySchemaOf(AdminCreateCompany)
    ),
  },
  "/admin/leasing/companies/{id}": {
    get: operation("adminGetCompany", "A company", strictObject({ company: ref("AdminCompany") }), {
      parameters: [id],
    }),
    post: write(
      "adminUpdateCompany",
      "Update a company",
      strictObject({ company: ref("AdminCompany") }),
      bodySchemaOf(AdminUpdateCompany),
      [id]
    ),
    delete: operation("adminDeleteCompany", "Delete a company (its users go with it)", ref("AdminDeleted"), {
      parameters: [id],
    }),
  },
  "/admin/leasing/companies/{id}/users": {
    get: operation("adminListCompanyUsers", "A company's users", ref("AdminCompanyUserList"), {
      parameters: [id, ...findParams(AdminListCompanyRecords)],
    }),
    post: write(
      "adminCreateCompanyUser",
      "Add a user",
      strictObject({ user: ref("AdminCompanyUser") }),
      bodySchemaOf(AdminCreateCompanyUser, userWords),
      [id]
    ),
  },
  "/admin/leasing/companies/{id}/users/{user_id}": {
    post: write(
      "adminUpdateCompanyUser",
      "Update a user",
      strictObject({ user: ref("AdminCompanyUser") }),
      bodySchemaOf(AdminUpdateCompanyUser, userWords),
      [id, param("user_id", "The user's id.")]
    ),
    delete: operation("adminDeleteCompanyUser", "Delete a user", ref("AdminDeleted"), {
      parameters: [id, param("user_id", "The user's id.")],
    }),
  },
  "/admin/leasing/companies/{id}/addresses": {
    get: operation("adminListCompanyAddresses", "A company's addresses", ref("AdminCompanyAddressList"), {
      parameters: [id, ...findParams(AdminListCompanyRecords)],
    }),
    post: write(
      "adminCreateCompanyAddress",
      "Add an address",
      strictObject({ address: ref("AdminCompanyAddress") }),
      bodySchemaOf(AdminCreateCompanyAddress),
      [id]
    ),
  },
  "/admin/leasing/companies/{id}/addresses/{address_id}": {
    post: write(
      "adminUpdateCompanyAddress",
      "Update a saved address (the default moves through /default)",
      strictObject({ address: ref("AdminCompanyAddress") }),
      bodySchemaOf(AdminUpdateCompanyAddress),
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
          ...pageOf(AdminListCompanyDevices),
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
      bodySchemaOf(AdminUpdateCompanyDevice, {
        properties: { user_id: { description: "A user of the company (its id)." } },
      }),
      [id, param("device_id", "The device's id.")]
    ),
  },
  "/admin/leasing/companies/{id}/api-tokens": {
    get: operation("adminListApiTokens", "A company's API tokens (redacted)", ref("AdminApiTokenList"), {
      parameters: [id, ...findParams(AdminListCompanyRecords)],
    }),
    post: write(
      "adminIssueApiToken",
      "Issue an API token: the only response that ever shows its secret",
      strictObject({ api_token: ref("AdminApiToken"), secret: { type: "string", pattern: "^lsk_" } }),
      bodySchemaOf(AdminCreateApiToken),
      [id]
    ),
  },
  "/admin/leasing/companies/{id}/api-tokens/{token_id}/revoke": {
    post: operation("adminRevokeApiToken", "Revoke an API token", strictObject({ api_token: ref("AdminApiToken") }), {
      parameters: [id, param("token_id", "The token's id.")],
    }),
  },
}
