import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_CART_RESPONSE_FIELDS } from "./leasing-view/cart-response"

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** The response fields `withLeasingCartFields` added to core's (those core did not ask for itself). */
    leasing_added_cart_fields?: string[]
  }
}

/**
 * Core's query middleware has already set the cart fields of the response. When the client did
 * not choose its own `fields`, add the leasing data to core's defaults.
 */
export function withLeasingCartFields() {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const asked = typeof req.query?.fields === "string" ? req.query.fields : ""
    const onlyAdditions = !asked || asked.split(",").every((f) => f.startsWith("+") || f.startsWith("-"))
    if (onlyAdditions && req.queryConfig?.fields) {
      const core = req.queryConfig.fields
      req.leasing_added_cart_fields = LEASING_CART_RESPONSE_FIELDS.filter((field) => !core.includes(field))
      req.queryConfig.fields = [...core, ...req.leasing_added_cart_fields]
    }
    next()
  }
}

/**
 * The fields without the leasing ones this middleware added: exactly core's (`items.metadata`,
 * one of core's defaults, stays), so a plain cart's answer equals core's.
 */
export function withoutLeasingFields(req: Pick<MedusaRequest, "leasing_added_cart_fields">, fields: string[]) {
  const added = req.leasing_added_cart_fields ?? []
  return fields.filter((f) => !added.includes(f))
}
