import { MedusaError } from "@medusajs/framework/utils"
import { describeInternalError } from "./internal-errors"
import { describeRequestError } from "./request-errors"

/**
 * Machine-readable codes of the leasing platform's contract, plus this plugin's own
 * codes for the 400s the contract leaves open. Each has exactly one HTTP status.
 */
export const LEASING_ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  KEYBOARD_LAYOUT_REQUIRED: 400,
  KEYBOARD_LAYOUT_NOT_APPLICABLE: 400,
  KEYBOARD_LAYOUT_NOT_OFFERED: 400,
  LEASE_TERM_NOT_OFFERED: 400,
  LEASE_TERM_NOT_APPLICABLE: 400,
  DELIVERY_COUNTRY_NOT_IN_REGION: 400,
  CURRENCY_NOT_SUPPORTED: 400,
  USER_NOT_IN_COMPANY: 400,
  PURCHASER_NOT_IN_COMPANY: 400,
  SHIPPING_ADDRESS_NOT_FOUND: 400,
  SHIPPING_ADDRESS_COUNTRY_MISMATCH: 400,
  VALIDATE_CART_NO_DEVICES: 400,
  PURCHASER_REQUIRED: 400,
  SHIPPING_METHOD_REQUIRED: 400,
  EMPTY_PATCH_BODY: 400,
  INVALID_USER: 400,
  INVALID_SERIAL_NUMBER: 400,
  WEBHOOK_URL_NOT_ALLOWED: 400,
  UNAUTHORIZED: 401,
  PAYMENT_METHOD_REQUIRED: 402,
  INSUFFICIENT_SCOPE: 403,
  CART_NOT_FOUND: 404,
  COMPANY_NOT_FOUND: 404,
  DELIVERY_COUNTRY_NOT_FOUND: 404,
  PRODUCT_NOT_FOUND: 404,
  PRODUCT_PRICING_UNAVAILABLE: 404,
  ORDER_NOT_FOUND: 404,
  CONTRACT_NOT_FOUND: 404,
  INSTALLMENT_NOT_FOUND: 404,
  QUOTE_NOT_FOUND: 404,
  WEBHOOK_ENDPOINT_NOT_FOUND: 404,
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  DEVICE_NOT_FOUND: 404,
  ORDER_NOT_CART: 409,
  CART_LOCKED: 409,
  VALIDATE_CART_CONFLICT: 409,
  ORDER_STATUS_TRANSITION_FORBIDDEN: 409,
  CART_UPDATE_PENDING: 409,
  CART_INCONSISTENT: 409,
  CART_PRICES_CHANGED: 409,
  DEVICE_LINE_READ_ONLY: 409,
  CONTRACT_NOT_PENDING_DELIVERY: 409,
  CONTRACT_NOT_ACTIVE: 409,
  CONTRACT_NOT_RETURN_REQUESTED: 409,
  CONTRACT_LOCKED: 409,
  UPGRADE_NOT_ELIGIBLE: 409,
  UPGRADE_ALREADY_REQUESTED: 409,
  QUOTE_EXPIRED: 409,
  QUOTE_NOT_OPEN: 409,
  INSTALLMENT_NOT_INVOICEABLE: 409,
  INSTALLMENT_NOT_PAYABLE: 409,
  CONFLICT: 409,
  USER_EMAIL_CONFLICT: 409,
  CART_ALREADY_EXISTS: 409,
  USER_ROLE_UPDATE_FORBIDDEN: 409,
  USER_DELETE_BLOCKED: 409,
  DEVICE_MUTATION_FORBIDDEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  RATE_LIMIT_UNAVAILABLE: 503,
} as const
export type LeasingErrorCode = keyof typeof LEASING_ERROR_STATUS

/**
 * The one message of every "no such cart" / "no such order": the same for a missing id, another
 * company's id and no credentials, so an answer never tells them apart or names another id.
 */
export const CART_NOT_FOUND_MESSAGE = "Your company has no cart with this id."
export const ORDER_NOT_FOUND_MESSAGE = "Your company has no order with this id."

const TYPE_BY_STATUS: Record<number, string> = {
  400: MedusaError.Types.INVALID_DATA,
  401: MedusaError.Types.UNAUTHORIZED,
  402: MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  403: MedusaError.Types.FORBIDDEN,
  404: MedusaError.Types.NOT_FOUND,
  409: MedusaError.Types.CONFLICT,
  413: MedusaError.Types.NOT_ALLOWED,
  415: MedusaError.Types.NOT_ALLOWED,
  429: MedusaError.Types.NOT_ALLOWED,
  500: MedusaError.Types.UNEXPECTED_STATE,
  503: MedusaError.Types.UNEXPECTED_STATE,
}

/** A MedusaError that carries a leasing code (`err.code`) and its status. */
export class LeasingError extends MedusaError {
  readonly status: number

  constructor(code: LeasingErrorCode, message: string) {
    const status = LEASING_ERROR_STATUS[code]
    super(TYPE_BY_STATUS[status] ?? MedusaError.Types.UNEXPECTED_STATE, message, code)
    this.status = status
  }
}

export function isLeasingCode(code: unknown): code is LeasingErrorCode {
  return typeof code === "string" && code in LEASING_ERROR_STATUS
}

/**
 * How an error is answered. `internal` marks an error whose own message must not reach the
 * client (a module's, the ORM's or PostgreSQL's): the handler logs it and sends `message`.
 */
export type DescribedLeasingError = { status: number; code: LeasingErrorCode; message: string; internal?: boolean }

/**
 * The cart lock's conflict: a plain Error from the in-memory locking provider, a CONFLICT from the
 * Redis provider; both name the lock.
 */
export function isLockFailure(err: any): boolean {
  return /Failed to acquire lock/i.test(String(err?.message))
}

/**
 * Status and body for any error thrown by leasing code. Workflow errors arrive serialized
 * (plain objects keeping `type`, `code` and `message`), so this reads fields, not classes.
 * Errors without a leasing code are internal: their message is never shown.
 */
export function describeLeasingError(err: any): DescribedLeasingError {
  if (isLeasingCode(err?.code)) {
    return { status: LEASING_ERROR_STATUS[err.code], code: err.code, message: err.message }
  }
  if (isLockFailure(err)) {
    return { status: 409, code: "CART_LOCKED", message: "The cart is being updated by another request; retry." }
  }
  // Unreadable requests (body parser, path decoding) and known internal failures come before
  // the Medusa types: both can carry a type whose message is not meant for clients.
  const described = describeRequestError(err) ?? describeInternalError(err)
  if (described) {
    return described
  }
  switch (err?.type) {
    case MedusaError.Types.INVALID_DATA:
    case MedusaError.Types.NOT_ALLOWED:
      return { status: 400, code: "VALIDATION_ERROR", message: err.message }
    case MedusaError.Types.NOT_FOUND:
      return { status: 404, code: "NOT_FOUND", message: err.message }
    case MedusaError.Types.UNAUTHORIZED:
      return { status: 401, code: "UNAUTHORIZED", message: err.message }
    case MedusaError.Types.FORBIDDEN:
      return { status: 403, code: "INSUFFICIENT_SCOPE", message: err.message }
    case MedusaError.Types.CONFLICT:
      return { status: 409, code: "CONFLICT", message: err.message }
    // A payment provider refused or wants more: its message may be the provider's own.
    case MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR:
    case MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR:
      return {
        status: 402,
        code: "PAYMENT_METHOD_REQUIRED",
        message: "The payment could not be authorised; initiate the payment again.",
      }
  }
  return { status: 500, code: "INTERNAL_ERROR", message: "An internal error occurred." }
}
