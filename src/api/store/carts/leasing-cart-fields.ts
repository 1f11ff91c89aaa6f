import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_CART_RESPONSE_FIELDS } from "./leasing-view/cart-response"

/**
 * Core's query middleware has already set the cart fields of the response. When the client did
 * not choose its own `fields`, add the leasing data to core's defaults.
 */
export function withLeasingCartFields() {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const asked = typeof req.query?.fields === "string" ? req.query.fields : ""
    const onlyAdditions = !asked || asked.split(",").every((f) => f.startsWith("+") || f.startsWith("-"))
    if (onlyAdditions && req.queryConfig?.fields) {
      req.queryConfig.fields = [...new Set([...req.queryConfig.fields, ...LEASING_CART_RESPONSE_FIELDS])]
    }
    next()
  }
}

/** The fields without the leasing ones this middleware added. */
export function withoutLeasingFields(fields: string[]) {
  return fields.filter((f) => !LEASING_CART_RESPONSE_FIELDS.includes(f))
}
