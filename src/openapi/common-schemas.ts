import { CompanyAddressBody } from "../api/utils/company-schemas"
import { bodySchemaOf } from "./from-validators"
import { API_TOKEN_SCOPES, COMPANY_USER_ROLES } from "../modules/company/constants"
import {
  ACQUISITION_MODES,
  KEYBOARD_LAYOUTS,
  LEASE_CONTRACT_STATUSES,
  LEASE_TERMS_MONTHS,
} from "../modules/leasing/constants"
import { LEASING_ERROR_STATUS } from "../utils/leasing-errors"
import { nullable, ref, Schema, strictObject } from "./schema-helpers"

const dateTime: Schema = { type: "string", format: "date-time" }
const text: Schema = { type: "string" }
const integerId: Schema = { type: "integer", minimum: 1 }

const companyProperties: Record<string, Schema> = {
  id: text,
  number: integerId,
  name: text,
  email: nullable(text),
  phone: nullable(text),
  country_code: nullable(text),
  created_at: dateTime,
}

/** Schemas shared by the store and admin routes: enums, references and error bodies. */
export const commonSchemas: Record<string, Schema> = {
  KeyboardLayout: { type: "string", enum: [...KEYBOARD_LAYOUTS] },
  AcquisitionMode: {
    type: "string",
    enum: [...ACQUISITION_MODES],
    description: "LEASING: monthly rent (the default). BUY: one-time price.",
  },
  LeaseTermMonths: { type: "integer", enum: [...LEASE_TERMS_MONTHS] },
  LeaseContractStatus: {
    type: "string",
    enum: [...LEASE_CONTRACT_STATUSES],
    description: "PENDING_DELIVERY until the device is delivered, then ACTIVE for its term; ENDED or CANCELLED.",
  },
  CompanyUserRole: { type: "string", enum: [...COMPANY_USER_ROLES] },
  ApiTokenScope: { type: "string", enum: [...API_TOKEN_SCOPES] },
  Country: {
    type: "string",
    pattern: "^[A-Za-z]{2}$",
    description: "ISO 3166-1 alpha-2 code, e.g. FR (answers use upper case).",
    example: "FR",
  },
  RecordRef: {
    description: "A record named by the platform's positive integer id, or by its Medusa id.",
    anyOf: [integerId, { type: "string", pattern: "^([1-9]\\d*|[a-z]+_[0-9A-Za-z]+)$" }],
  },
  ErrorCode: {
    type: "string",
    enum: Object.keys(LEASING_ERROR_STATUS),
    description: "Machine-readable code; each has one HTTP status.",
  },
  PlatformError: {
    ...strictObject({
      error: ref("ErrorCode"),
      message: { type: "string", description: "A sentence for humans; never internals." },
    }),
    description: "The leasing platform's error body.",
  },
  MedusaError: {
    type: "object",
    description: "Medusa's error body; the plugin's own errors add the leasing `code`.",
    required: ["message"],
    properties: { type: text, code: text, message: text },
  },
  ListMeta: strictObject({
    total: { type: "integer", minimum: 0 },
    limit: { type: "integer", minimum: 1 },
    offset: { type: "integer", minimum: 0 },
  }),
  Company: strictObject(companyProperties),
  CompanyWithDefaultAddress: strictObject({ ...companyProperties, default_address: nullable(ref("CompanyAddress")) }),
  CompanyUser: strictObject({
    id: text,
    number: integerId,
    company_id: text,
    first_name: nullable(text),
    last_name: nullable(text),
    email: text,
    role: ref("CompanyUserRole"),
    created_at: dateTime,
  }),
  CompanyAddress: strictObject({
    id: text,
    number: integerId,
    company_id: text,
    label: nullable(text),
    first_name: nullable(text),
    last_name: nullable(text),
    company: nullable(text),
    address_1: text,
    address_2: nullable(text),
    city: text,
    postal_code: nullable(text),
    province: nullable(text),
    country_code: text,
    phone: nullable(text),
    is_default: { type: "boolean" },
    created_at: dateTime,
  }),
  CompanyAddressBody: bodySchemaOf(CompanyAddressBody),
}
