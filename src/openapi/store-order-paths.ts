import { PlatformListQuery } from "../api/utils/platform-validation"
import { ValidateLeasingCart } from "../api/store/carts/validators"
import { bodySchemaOf, pageOf } from "./from-validators"
import { LeasingErrorCode } from "../utils/leasing-errors"
import { jsonResponse, listOf, nullable, platformErrors, ref, Schema, strictObject } from "./schema-helpers"
import { ANY, BODY, company, CREDENTIALS, pathId } from "./store-paths"

// Every device is re-checked at checkout as a new one would be.
const DEVICE_CODES: LeasingErrorCode[] = [
  "KEYBOARD_LAYOUT_REQUIRED",
  "KEYBOARD_LAYOUT_NOT_APPLICABLE",
  "KEYBOARD_LAYOUT_NOT_OFFERED",
  "DELIVERY_COUNTRY_NOT_IN_REGION",
  "DELIVERY_COUNTRY_NOT_FOUND",
  "CURRENCY_NOT_SUPPORTED",
  "PRODUCT_NOT_FOUND",
  "PRODUCT_PRICING_UNAVAILABLE",
  // A leased device's term is re-checked: the offer may no longer allow it.
  "LEASE_TERM_NOT_OFFERED",
]
export const CHECKOUT_CODES: LeasingErrorCode[] = [
  ...DEVICE_CODES,
  "VALIDATE_CART_NO_DEVICES",
  "PURCHASER_REQUIRED",
  "INVALID_USER",
  "SHIPPING_METHOD_REQUIRED",
  "PAYMENT_METHOD_REQUIRED",
  "CART_NOT_FOUND",
  "ORDER_STATUS_TRANSITION_FORBIDDEN",
  "VALIDATE_CART_CONFLICT",
  "CART_UPDATE_PENDING",
  "CART_INCONSISTENT",
  "CART_PRICES_CHANGED",
  // Upgrade: a replaced contract no longer running or eligible, or locked by another change.
  "CONTRACT_NOT_FOUND",
  "CONTRACT_NOT_ACTIVE",
  "UPGRADE_NOT_ELIGIBLE",
  "CONTRACT_LOCKED",
]

const text: Schema = { type: "string" }
const integer: Schema = { type: "integer" }
const decimal: Schema = { type: "string", pattern: "^\\d+\\.\\d{2}$", example: "44.17" }
const dateTime: Schema = { type: "string", format: "date-time" }
const clientStatus: Schema = { enum: ["RECEIVED", "SHIPPED", "ONGOING_ORDER", "ARCHIVED"] }

export const storeOrderSchemas: Record<string, Schema> = {
  ValidateCartBody: bodySchemaOf(ValidateLeasingCart, {
    properties: {
      purchaser_id: { description: "A user of the caller's company." },
      signatory_id: { description: "Who signs the lease contracts; the purchaser when omitted." },
    },
  }),
  ValidatedCart: strictObject({
    order_id: { ...integer, description: "The cart's integer order id, now an order's." },
    client_status: clientStatus,
  }),
  PlatformOrder: strictObject({
    id: { ...integer, description: "The integer order id (the cart's)." },
    medusa_order_id: text,
    client_status: clientStatus,
    device_names: { type: "array", items: nullable(text) },
    num_devices: integer,
    rent: { ...decimal, description: "Monthly rent of the order's lease contracts." },
    rent_currency: text,
    one_time_total: { ...decimal, description: "What was due at checkout: bought devices, shipping and taxes." },
    order_number: { ...text, description: "Medusa's order display id." },
    contract_numbers: { type: "array", items: integer },
    order_date: dateTime,
    devices: {
      type: "array",
      items: strictObject({
        id: { ...integer, description: "The device id." },
        name: nullable(text),
        product_id: integer,
        acquisition_mode: ref("AcquisitionMode"),
        lease_term_months: nullable(integer),
        rent: nullable(decimal),
        price: nullable(decimal),
        contract_number: nullable(integer),
        contract_status: nullable(ref("LeaseContractStatus")),
        contract_start_date: nullable(dateTime),
        contract_end_date: nullable(dateTime),
      }),
    },
  }),
}

/**
 * The platform's checkout (validate) and the company's orders. (Medusa's own complete route, which
 * runs the same checkout on a company's cart, is core's: documented by Medusa, not here.)
 */
export const storeOrderPaths = {
  "/store/leasing/orders": {
    get: {
      operationId: "platformListOrders",
      tags: ["Platform orders"],
      summary: "The caller's company's orders, newest first",
      security: company,
      parameters: [...pageOf(PlatformListQuery)],
      responses: {
        "200": jsonResponse("One page of orders", listOf(ref("PlatformOrder"))),
        ...platformErrors([...ANY, ...CREDENTIALS]),
      },
    },
  },
  "/store/leasing/orders/{id}": {
    get: {
      operationId: "platformGetOrder",
      tags: ["Platform orders"],
      summary: "One of the caller's company's orders, with its devices and lease contracts",
      security: company,
      parameters: [pathId("The integer order id or the Medusa order id.")],
      responses: {
        "200": jsonResponse("The order", strictObject({ data: ref("PlatformOrder") })),
        ...platformErrors([...ANY, ...CREDENTIALS, "ORDER_NOT_FOUND"]),
      },
    },
  },
}
