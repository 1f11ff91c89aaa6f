import { MedusaError } from "@medusajs/framework/utils"
import { describeLeasingError, LeasingError } from "../leasing-errors"

/** What body-parser throws (an `http-errors` error): status, `expose` and a `type`. */
const createError = (status: number, message: string, props: Record<string, unknown>) =>
  Object.assign(new Error(message), { status, statusCode: status, expose: status < 500, ...props })

describe("describeLeasingError", () => {
  it("keeps the leasing codes and their messages", () => {
    expect(describeLeasingError(new LeasingError("CART_NOT_FOUND", "Your company has no cart with this id."))).toEqual({
      status: 404,
      code: "CART_NOT_FOUND",
      message: "Your company has no cart with this id.",
    })
  })

  it("gives body-parser's errors the platform's codes and sentences", () => {
    const parse = createError(400, "Unexpected token } in JSON at position 5", { type: "entity.parse.failed" })
    const large = createError(413, "request entity too large", { type: "entity.too.large", limit: 102400 })
    const charset = createError(415, 'unsupported charset "LATIN1"', { type: "charset.unsupported", charset: "latin1" })
    const encoding = createError(415, 'unsupported content encoding "br"', {
      type: "encoding.unsupported",
      encoding: "br",
    })
    expect(describeLeasingError(parse)).toEqual({
      status: 400,
      code: "VALIDATION_ERROR",
      message: "The request body is not valid JSON: send a JSON object.",
    })
    expect(describeLeasingError(large)).toEqual({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: "The request body is larger than the limit of 100 KB.",
    })
    expect(describeLeasingError(charset)).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" })
    expect(describeLeasingError(encoding).message).toBe(
      'The content encoding "br" is not supported: send gzip, deflate or identity.'
    )
  })

  it("answers 404 to Express's undecodable path parameter (core answers 500)", () => {
    const uri = Object.assign(new URIError("Failed to decode param '%ff'"), { status: 400, statusCode: 400 })
    expect(describeLeasingError(uri)).toMatchObject({ status: 404, code: "NOT_FOUND" })
  })

  it("replaces internal messages by a code and a generic sentence, marked for the log", () => {
    const link = new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Cannot create multiple links between 'leasingCompany' and 'cart'"
    )
    const unique = new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Leasing company user with email: a@b.c, already exists."
    )
    const pg = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: "22021",
      severity: "ERROR",
      routine: "report_invalid_encoding",
    })
    const orm = {
      name: "DriverException",
      message:
        'select "c0".* from "cart" as "c0" where "c0"."id" = \'x\' - canceling statement due to statement timeout',
    }
    const missing = new MedusaError(MedusaError.Types.NOT_FOUND, "LeasingCompany not found ({ id: 'lcomp_1' })")
    for (const [err, status, code] of [
      [link, 409, "CONFLICT"],
      [unique, 409, "CONFLICT"],
      [pg, 400, "VALIDATION_ERROR"],
      [orm, 500, "INTERNAL_ERROR"],
      [missing, 404, "NOT_FOUND"],
    ] as const) {
      const described = describeLeasingError(err)
      expect(described).toMatchObject({ status, code, internal: true })
      expect(described.message).not.toMatch(/links|select|UTF8|email|lcomp_/)
    }
  })

  it("keeps Medusa's own client-facing messages", () => {
    const completed = new MedusaError(MedusaError.Types.NOT_ALLOWED, "Cart cart_1 is already completed.")
    expect(describeLeasingError(completed)).toEqual({
      status: 400,
      code: "VALIDATION_ERROR",
      message: "Cart cart_1 is already completed.",
    })
    expect(describeLeasingError(new Error("boom"))).toEqual({
      status: 500,
      code: "INTERNAL_ERROR",
      message: "An internal error occurred.",
    })
  })
})

describe("describeLeasingError: the cart lock and the rate-limit store", () => {
  const cartLocked = {
    status: 409,
    code: "CART_LOCKED",
    message: "The cart is being updated by another request; retry.",
  }

  it("names a cart lock conflict CART_LOCKED whichever locking provider threw it", () => {
    // In-memory provider: a plain Error. Redis provider: a MedusaError of type CONFLICT.
    expect(describeLeasingError(new Error('Failed to acquire lock for key "cart_1"'))).toEqual(cartLocked)
    expect(
      describeLeasingError(new MedusaError(MedusaError.Types.CONFLICT, 'Failed to acquire lock for key "cart_1"'))
    ).toEqual(cartLocked)
    // A workflow hands the error over serialized: a plain object.
    expect(describeLeasingError({ type: "conflict", message: 'Failed to acquire lock for key "cart_1"' })).toEqual(
      cartLocked
    )
  })

  it("keeps other conflicts as CONFLICT and answers 503 when the rate limits cannot be checked", () => {
    expect(describeLeasingError(new MedusaError(MedusaError.Types.CONFLICT, "Already exists")).code).toBe("CONFLICT")
    expect(describeLeasingError(new LeasingError("RATE_LIMIT_UNAVAILABLE", "later"))).toEqual({
      status: 503,
      code: "RATE_LIMIT_UNAVAILABLE",
      message: "later",
    })
  })
})
