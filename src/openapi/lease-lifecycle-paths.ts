import { PlatformListQuery } from "../api/utils/platform-validation"
import {
  AdminAcceptBuyback,
  AdminExtendContract,
  AdminReceiveReturn,
  AdminRecordInvoice,
  AdminRecordPayment,
  AdminRequestReturn,
} from "../api/admin/leasing/contracts/lifecycle-validators"
import { StoreAcceptBuyback, StoreExtendContract, StoreRequestReturn } from "../api/store/leasing/contracts/validators"
import { Annotations, bodySchemaOf, pageOf } from "./from-validators"
import { LEASE_EXTENSION_MODES, LEASE_INSTALLMENT_STATUSES } from "../modules/leasing/constants"
import { LeasingErrorCode } from "../utils/leasing-errors"
import {
  codedMedusaErrors,
  jsonContent,
  jsonResponse,
  nullable,
  platformErrors,
  ref,
  Schema,
  strictObject,
} from "./schema-helpers"
import { ANY, BODY, company, CREDENTIALS, pathId } from "./store-paths"

const text: Schema = { type: "string" }
const integer: Schema = { type: "integer" }
const decimal: Schema = { type: "string", pattern: "^\\d+\\.\\d{2}$", example: "44.17" }
const dateTime: Schema = { type: "string", format: "date-time" }
const money: Schema = { type: "number", minimum: 0 }
const contractId = pathId("The contract's integer id (contract number) or its `lcon_` id.")

// Words for the generated bodies (their shapes are the validators', see from-validators.ts).
const extendWords: Annotations = {
  properties: {
    months: {
      description: "NEW_TERM only: the new term, one the offer still leases for (else 400 LEASE_TERM_NOT_OFFERED).",
    },
  },
}
const pastDateWords: Annotations = { description: "Not in the future; defaults to now." }

export const leaseLifecycleSchemas: Record<string, Schema> = {
  LeaseInstallmentStatus: { type: "string", enum: [...LEASE_INSTALLMENT_STATUSES] },
  PlatformLeaseInstallment: strictObject({
    id: text,
    number: { ...integer, minimum: 1, description: "1 for the first month." },
    due_date: dateTime,
    amount: decimal,
    status: ref("LeaseInstallmentStatus"),
    invoice_number: nullable(text),
    paid_at: nullable(dateTime),
  }),
  PlatformLeaseContract: {
    type: "object",
    additionalProperties: false,
    required: [
      "id",
      "contract_id",
      "medusa_order_id",
      "device_id",
      "device_name",
      "product_id",
      "status",
      "lease_term_months",
      "rent",
      "rent_currency",
      "start_date",
      "end_date",
      "extension_mode",
      "return_date",
      "ended_at",
      "early_return_fee",
      "remaining_to_pay",
    ],
    properties: {
      id: { ...integer, minimum: 1, description: "The contract number." },
      contract_id: text,
      medusa_order_id: text,
      device_id: integer,
      device_name: text,
      product_id: integer,
      status: ref("LeaseContractStatus"),
      lease_term_months: integer,
      rent: decimal,
      rent_currency: text,
      start_date: nullable(dateTime),
      end_date: nullable(dateTime),
      extension_mode: nullable({ enum: [...LEASE_EXTENSION_MODES] }),
      return_date: nullable(dateTime),
      ended_at: nullable(dateTime),
      early_return_fee: nullable(decimal),
      remaining_to_pay: { ...decimal, description: "Installments neither paid nor cancelled." },
      installments: {
        type: "array",
        items: ref("PlatformLeaseInstallment"),
        description: "On one contract's answers only.",
      },
      payment_collection_id: {
        ...text,
        description: "After a buyback: the Medusa payment collection carrying its amount.",
      },
    },
  },
  PlatformBuybackQuote: strictObject({
    id: text,
    amount: decimal,
    currency: text,
    remaining_installments: integer,
    expires_at: dateTime,
    status: { enum: ["OPEN", "ACCEPTED", "SUPERSEDED"] },
  }),
  AdminLeaseInstallment: strictObject({
    id: text,
    sequence: { ...integer, minimum: 1 },
    due_date: dateTime,
    amount: money,
    currency_code: text,
    status: ref("LeaseInstallmentStatus"),
    invoice_number: nullable(text),
    invoiced_at: nullable(dateTime),
    paid_at: nullable(dateTime),
    payment_reference: nullable(text),
  }),
  AdminBuybackQuote: strictObject({
    id: text,
    amount: money,
    currency_code: text,
    remaining_installments: integer,
    expires_at: dateTime,
    status: { enum: ["OPEN", "ACCEPTED", "SUPERSEDED"] },
    payment_collection_id: nullable(text),
  }),
  AdminLeaseSchedule: strictObject({
    installments: { type: "array", items: ref("AdminLeaseInstallment") },
    remaining_to_pay: money,
    currency_code: text,
    buyback_quote: nullable(ref("AdminBuybackQuote")),
  }),
}

const STORE_ACTION_CODES: LeasingErrorCode[] = [
  ...ANY,
  ...CREDENTIALS,
  ...BODY,
  "CONTRACT_NOT_FOUND",
  "CONTRACT_LOCKED",
  "CONTRACT_NOT_ACTIVE",
]
/** A new term is priced as checkout prices a device: the catalog's refusals apply. */
const EXTENSION_PRICING_CODES: LeasingErrorCode[] = [
  "LEASE_TERM_NOT_OFFERED",
  "PRODUCT_NOT_FOUND",
  "KEYBOARD_LAYOUT_NOT_OFFERED",
  "DELIVERY_COUNTRY_NOT_FOUND",
  "PRODUCT_PRICING_UNAVAILABLE",
  "CURRENCY_NOT_SUPPORTED",
]

const storeAction = (
  operationId: string,
  summary: string,
  description: string,
  response: Schema,
  body?: Schema,
  codes: LeasingErrorCode[] = [],
  status = "200"
) => ({
  post: {
    operationId,
    tags: ["Lease contracts"],
    summary,
    description,
    security: company,
    parameters: [contractId],
    ...(body ? { requestBody: { required: true, content: jsonContent(body) } } : {}),
    responses: {
      [status]: jsonResponse(summary, strictObject({ data: response })),
      ...platformErrors([...STORE_ACTION_CODES, ...codes]),
    },
  },
})

/** The company's lease contracts and their end of lease (`/store/leasing/contracts`). */
export const storeLeaseLifecyclePaths = {
  "/store/leasing/contracts": {
    get: {
      operationId: "platformListContracts",
      tags: ["Lease contracts"],
      summary: "The caller's company's lease contracts, newest first, with what remains to pay",
      security: company,
      parameters: [...pageOf(PlatformListQuery)],
      responses: {
        "200": jsonResponse(
          "One page of contracts",
          strictObject({ data: { type: "array", items: ref("PlatformLeaseContract") }, meta: ref("ListMeta") })
        ),
        ...platformErrors([...ANY, ...CREDENTIALS]),
      },
    },
  },
  "/store/leasing/contracts/{id}": {
    get: {
      operationId: "platformGetContract",
      tags: ["Lease contracts"],
      summary: "One of the company's lease contracts with its installments",
      security: company,
      parameters: [contractId],
      responses: {
        "200": jsonResponse("The contract", strictObject({ data: ref("PlatformLeaseContract") })),
        ...platformErrors([...ANY, ...CREDENTIALS, "CONTRACT_NOT_FOUND"]),
      },
    },
  },
  "/store/leasing/contracts/{id}/buyback-quote": storeAction(
    "platformQuoteBuyback",
    "A buyback quote, valid a few days",
    "The price follows the merchant's rule for the offer (default: the rent still to come × a factor, at least a floor); a newer quote replaces the open one.",
    ref("PlatformBuybackQuote"),
    undefined,
    [],
    "201"
  ),
  "/store/leasing/contracts/{id}/buyback": storeAction(
    "platformAcceptBuyback",
    "Accept a buyback quote: the device becomes the company's",
    "BOUGHT_OUT; installments not yet due are cancelled; a Medusa payment collection carries the amount.",
    ref("PlatformLeaseContract"),
    bodySchemaOf(StoreAcceptBuyback),
    ["QUOTE_NOT_FOUND", "QUOTE_NOT_OPEN", "QUOTE_EXPIRED"]
  ),
  "/store/leasing/contracts/{id}/return": storeAction(
    "platformRequestReturn",
    "Return the device",
    "RETURN_REQUESTED with a pickup address and date; the contract ends when the merchant receives the device.",
    ref("PlatformLeaseContract"),
    bodySchemaOf(StoreRequestReturn)
  ),
  "/store/leasing/contracts/{id}/extend": storeAction(
    "platformExtendContract",
    "Keep the device: month to month, or a new term",
    "EXTENDED. NEW_TERM adds `months` installments at the offer's current rent for that term (it becomes the contract's rent) and moves the end date and the device's `rental_end_date`; MONTH_TO_MONTH adds one a month once the end date passes.",
    ref("PlatformLeaseContract"),
    bodySchemaOf(StoreExtendContract, extendWords),
    EXTENSION_PRICING_CODES
  ),
}

const admin = [{ adminBearer: [] }, { adminSession: [] }, { adminApiKey: [] }]
const param = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
})
const ADMIN_WRITE: LeasingErrorCode[] = [
  "VALIDATION_ERROR",
  "NOT_FOUND",
  "CONTRACT_NOT_FOUND",
  "CONTRACT_LOCKED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "INTERNAL_ERROR",
]
const adminAction = (
  operationId: string,
  summary: string,
  response: Schema,
  body: Schema | null,
  codes: LeasingErrorCode[],
  params = [param("id", "The contract's id.")]
) => ({
  post: {
    operationId,
    tags: ["Admin"],
    summary,
    security: admin,
    parameters: params,
    ...(body ? { requestBody: { required: false, content: jsonContent(body) } } : {}),
    responses: { "200": jsonResponse(summary, response), ...codedMedusaErrors([...ADMIN_WRITE, ...codes]) },
  },
})
const contractAnswer = strictObject({ lease_contract: ref("AdminLeaseContract") })
const installmentParams = [param("id", "The contract's id."), param("installment_id", "The installment's id.")]

/** Staff's side of the same (`/admin/leasing/contracts/:id/...`). */
export const adminLeaseLifecyclePaths = {
  "/admin/leasing/contracts/{id}/installments": {
    get: {
      operationId: "adminGetLeaseSchedule",
      tags: ["Admin"],
      summary: "A contract's billing schedule, what remains to pay, and its open buyback quote",
      security: admin,
      parameters: [param("id", "The contract's id.")],
      responses: {
        "200": jsonResponse("The schedule", ref("AdminLeaseSchedule")),
        ...codedMedusaErrors(["NOT_FOUND", "INTERNAL_ERROR"]),
      },
    },
  },
  "/admin/leasing/contracts/{id}/installments/{installment_id}/invoice": adminAction(
    "adminRecordInstallmentInvoice",
    "Record an installment's invoice (SCHEDULED or DUE → INVOICED)",
    ref("AdminLeaseSchedule"),
    bodySchemaOf(AdminRecordInvoice, { properties: { invoiced_at: pastDateWords } }),
    ["INSTALLMENT_NOT_FOUND", "INSTALLMENT_NOT_INVOICEABLE"],
    installmentParams
  ),
  "/admin/leasing/contracts/{id}/installments/{installment_id}/pay": adminAction(
    "adminRecordInstallmentPayment",
    "Record an installment's payment (DUE or INVOICED → PAID)",
    ref("AdminLeaseSchedule"),
    bodySchemaOf(AdminRecordPayment, { properties: { paid_at: pastDateWords } }),
    ["INSTALLMENT_NOT_FOUND", "INSTALLMENT_NOT_PAYABLE"],
    installmentParams
  ),
  "/admin/leasing/contracts/{id}/buyback-quote": adminAction(
    "adminQuoteBuyback",
    "A buyback quote for the company",
    strictObject({ buyback_quote: ref("AdminBuybackQuote") }),
    null,
    ["CONTRACT_NOT_ACTIVE"]
  ),
  "/admin/leasing/contracts/{id}/buyback": adminAction(
    "adminAcceptBuyback",
    "Accept a buyback quote on the company's behalf (BOUGHT_OUT)",
    contractAnswer,
    bodySchemaOf(AdminAcceptBuyback),
    ["CONTRACT_NOT_ACTIVE", "QUOTE_NOT_FOUND", "QUOTE_NOT_OPEN", "QUOTE_EXPIRED"]
  ),
  "/admin/leasing/contracts/{id}/return": adminAction(
    "adminRequestReturn",
    "Arrange a return (RETURN_REQUESTED)",
    contractAnswer,
    bodySchemaOf(AdminRequestReturn),
    ["CONTRACT_NOT_ACTIVE"]
  ),
  "/admin/leasing/contracts/{id}/receive": adminAction(
    "adminReceiveReturn",
    "Record the returned device's reception (ENDED; installments not yet due cancelled)",
    contractAnswer,
    bodySchemaOf(AdminReceiveReturn, { properties: { received_at: pastDateWords } }),
    ["CONTRACT_NOT_RETURN_REQUESTED"]
  ),
  "/admin/leasing/contracts/{id}/extend": adminAction(
    "adminExtendContract",
    "Extend a contract (EXTENDED)",
    contractAnswer,
    bodySchemaOf(AdminExtendContract, extendWords),
    ["CONTRACT_NOT_ACTIVE", ...EXTENSION_PRICING_CODES]
  ),
}
