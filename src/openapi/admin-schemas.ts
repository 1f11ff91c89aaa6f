import { AdminUpsertLeasingOffer } from "../api/admin/leasing/variants/[id]/offer/validators"
import { bodySchemaOf } from "./from-validators"
import { nullable, openObject, ref, Schema, strictObject } from "./schema-helpers"

const text: Schema = { type: "string" }
const integer: Schema = { type: "integer" }
const dateTime: Schema = { type: "string", format: "date-time" }
const bool: Schema = { type: "boolean" }

// Admin records follow Medusa's admin conventions: `fields` may narrow them, so only `id` is
// required; the types of every documented field are still checked when present.
const record = (properties: Record<string, Schema>): Schema => ({ ...openObject(properties, ["id"]) })
const adminList = (key: string, item: Schema): Schema =>
  strictObject({
    [key]: { type: "array", items: item },
    count: { type: "integer", minimum: 0 },
    limit: integer,
    offset: integer,
  })

/** Schemas of the admin routes (admin authentication; Medusa's `{type, message}` errors). */
export const adminSchemas: Record<string, Schema> = {
  AdminLeasingOffer: record({
    id: text,
    catalog_number: integer,
    variant_id: text,
    product_id: text,
    available_countries: { type: "array", items: text },
    has_keyboard: bool,
    keyboard_layouts: { type: "array", items: ref("KeyboardLayout") },
    lease_term_months: { ...ref("LeaseTermMonths"), description: "The default term, one of lease_terms_months." },
    lease_terms_months: {
      ...nullable({ type: "array", items: ref("LeaseTermMonths") }),
      description: "The terms offered (null: only lease_term_months).",
    },
    leasable: bool,
    purchasable: bool,
    metadata: nullable({ type: "object" }),
    created_at: dateTime,
    updated_at: dateTime,
  }),
  AdminLeasingPrice: strictObject({
    id: text,
    acquisition_mode: ref("AcquisitionMode"),
    currency_code: text,
    amount: { type: "number" },
    keyboard_layout: nullable(ref("KeyboardLayout")),
    delivery_country: nullable(text),
    lease_term_months: {
      ...nullable(ref("LeaseTermMonths")),
      description: "A lease price for one term; null: the offer's default term.",
    },
  }),
  AdminVariantLeasingOffer: strictObject({
    variant: openObject({ id: text, title: nullable(text), sku: nullable(text), product_id: text }),
    offer: nullable(ref("AdminLeasingOffer")),
    prices: { type: "array", items: ref("AdminLeasingPrice") },
  }),
  AdminUpsertLeasingOfferBody: bodySchemaOf(AdminUpsertLeasingOffer, {
    properties: {
      lease_term_months: { description: "The default term; must be one of lease_terms_months." },
      lease_terms_months: { description: "The terms offered; omitted: [lease_term_months]." },
      prices: {
        items: {
          properties: { lease_term_months: { description: "LEASING only; omitted: the offer's default term." } },
        },
      },
    },
  }),
  AdminCompany: record({
    id: text,
    number: integer,
    name: text,
    email: nullable(text),
    phone: nullable(text),
    country_code: nullable(text),
    metadata: nullable({ type: "object" }),
    created_at: dateTime,
    updated_at: dateTime,
  }),
  AdminCompanyUser: record({
    id: text,
    number: integer,
    company_id: text,
    first_name: nullable(text),
    last_name: nullable(text),
    email: text,
    role: ref("CompanyUserRole"),
    customer_id: nullable(text),
    created_at: dateTime,
    updated_at: dateTime,
  }),
  AdminCompanyAddress: record({
    id: text,
    number: integer,
    company_id: text,
    address_1: text,
    city: text,
    country_code: text,
    is_default: bool,
  }),
  AdminApiToken: {
    type: "object",
    description: "A token as the admin sees it: never its hash, nor its secret (shown once, beside it, when issued).",
    required: ["id"],
    properties: {
      id: text,
      company_id: text,
      label: text,
      scope: ref("ApiTokenScope"),
      redacted: text,
      created_by: nullable(text),
      last_used_at: nullable(dateTime),
      revoked_at: nullable(dateTime),
      revoked_by: nullable(text),
      created_at: dateTime,
      token_hash: false,
      secret: false,
    },
  },
  AdminDeleted: strictObject({ id: text, object: text, deleted: { const: true } }),
  AdminCompanyDevice: record({
    id: text,
    number: integer,
    company_id: text,
    source: { enum: ["ORDER", "REGISTERED"] },
    name: text,
    client_status: text,
    serial_number: nullable(text),
    user_id: nullable(text),
    user: nullable(
      openObject({ id: text, number: integer, first_name: nullable(text), last_name: nullable(text), email: text })
    ),
    is_rented: bool,
    order_id: nullable(text),
    lease_contract_id: nullable(text),
  }),
  AdminCompanyDeviceList: adminList("devices", ref("AdminCompanyDevice")),
  AdminCompanyList: adminList("companies", ref("AdminCompany")),
  AdminCompanyUserList: adminList("users", ref("AdminCompanyUser")),
  AdminCompanyAddressList: adminList("addresses", ref("AdminCompanyAddress")),
  AdminApiTokenList: adminList("api_tokens", ref("AdminApiToken")),
  AdminLeasingOfferList: adminList("offers", ref("AdminLeasingOffer")),
  AdminLeasingCart: strictObject({
    id: text,
    order_number: integer,
    company: strictObject({ id: text, name: { type: ["string", "null"] } }),
    num_devices: integer,
    leased: integer,
    bought: integer,
    monthly_rent: { type: "string", pattern: "^\\d+\\.\\d{2}$" },
    one_time_total: { type: "string", pattern: "^\\d+\\.\\d{2}$" },
    currency_code: text,
    updated_at: dateTime,
  }),
  AdminLeasingCartList: adminList("carts", ref("AdminLeasingCart")),
  AdminLeaseContract: strictObject({
    id: text,
    contract_number: { type: "integer", minimum: 1 },
    order_id: text,
    order_item_id: text,
    cart_id: text,
    company: strictObject({ id: text, name: nullable(text) }),
    device_number: integer,
    catalog_number: integer,
    product_id: nullable(text),
    variant_id: nullable(text),
    device_name: text,
    keyboard_layout: nullable(text),
    delivery_country: text,
    assignee: nullable(strictObject({ id: text, name: nullable(text), email: nullable(text) })),
    shipping_address: nullable(strictObject({ id: text, label: nullable(text) })),
    signatory_user_id: nullable(text),
    lease_term_months: integer,
    monthly_rent: { type: "number", minimum: 0, description: "Major units, excluding taxes." },
    currency_code: text,
    status: ref("LeaseContractStatus"),
    starts_at: nullable(dateTime),
    ends_at: nullable(dateTime),
    extension_mode: nullable({ enum: ["MONTH_TO_MONTH", "NEW_TERM"] }),
    return_date: nullable(dateTime),
    ended_at: nullable(dateTime),
    early_return_fee: nullable({ type: "number", minimum: 0 }),
    created_at: dateTime,
  }),
  AdminLeaseContractList: strictObject({
    lease_contracts: { type: "array", items: ref("AdminLeaseContract") },
    count: { type: "integer", minimum: 0 },
    limit: integer,
    offset: integer,
    monthly_rent_total: {
      type: "array",
      description:
        "Per currency, the monthly rent of the ACTIVE and PENDING_DELIVERY contracts matching the filters (all pages).",
      items: strictObject({ currency_code: text, amount: { type: "number", minimum: 0 } }),
    },
    rent_due_this_month: {
      type: "array",
      description:
        "Per currency, the installments of the matching contracts falling due this calendar month (UTC), cancelled ones aside.",
      items: strictObject({ currency_code: text, amount: { type: "number", minimum: 0 } }),
    },
  }),
}
