import { MedusaError } from "@medusajs/framework/utils"
import { describeLeasingError, LeasingError } from "../leasing-errors"

describe("describeLeasingError", () => {
  const cartLocked = { status: 409, code: "CART_LOCKED", message: "The cart is being updated by another request; retry." }

  it("names a cart lock conflict CART_LOCKED whichever locking provider threw it", () => {
    // In-memory provider: a plain Error. Redis provider: a MedusaError of type CONFLICT.
    expect(describeLeasingError(new Error('Failed to acquire lock for key "cart_1"'))).toEqual(cartLocked)
    expect(describeLeasingError(new MedusaError(MedusaError.Types.CONFLICT, 'Failed to acquire lock for key "cart_1"'))).toEqual(cartLocked)
    // A workflow hands the error over serialized: a plain object.
    expect(describeLeasingError({ type: "conflict", message: 'Failed to acquire lock for key "cart_1"' })).toEqual(cartLocked)
  })

  it("keeps other conflicts as CONFLICT and answers 503 when the rate limits cannot be checked", () => {
    expect(describeLeasingError(new MedusaError(MedusaError.Types.CONFLICT, "Already exists")).code).toBe("CONFLICT")
    expect(describeLeasingError(new LeasingError("RATE_LIMIT_UNAVAILABLE", "later"))).toEqual({ status: 503, code: "RATE_LIMIT_UNAVAILABLE", message: "later" })
  })
})
