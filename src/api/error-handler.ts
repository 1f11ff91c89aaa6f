import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { describeLeasingError, isLeasingCode, LeasingErrorCode } from "../utils/leasing-errors"
import { isUnder } from "./utils/declared-route"
import { isPlatformRoute } from "./utils/platform-routes"

export { isPlatformRoute }

/**
 * Leasing routes, and Medusa's routes once a request is a leasing one: on a company's cart or
 * order, with a company API token, or with leasing data. A plain cart's requests keep core's
 * error bodies (a signed-in company user's personal cart included).
 */
function isLeasingRoute(req: MedusaRequest): boolean {
  const additional = (req.body as { additional_data?: Record<string, unknown> } | undefined)?.additional_data
  // A signed-in customer who is a company user, on a plain cart without leasing data, is core's.
  const viaApiToken = req.leasing_caller?.via === "api_token"
  const sendsLeasingData =
    !!additional && typeof additional === "object" && ("order_items" in additional || "purchaser_id" in additional)
  return (
    isUnder(req, "/admin/leasing") ||
    isPlatformRoute(req) ||
    !!req.leasing_cart_id ||
    !!req.leasing_order_id ||
    viaApiToken ||
    sendsLeasingData
  )
}

const MEDUSA_TYPE_BY_CODE: Partial<Record<LeasingErrorCode, string>> = {
  CONFLICT: MedusaError.Types.CONFLICT,
  NOT_FOUND: MedusaError.Types.NOT_FOUND,
  VALIDATION_ERROR: MedusaError.Types.INVALID_DATA,
  INTERNAL_ERROR: MedusaError.Types.UNEXPECTED_STATE,
}

/**
 * Wraps Medusa's error handler. Core's handler drops a 409's message and code, has no code on
 * validation errors, answers 500 to an undecodable path and shows the messages of the data
 * layer and the link module; the leasing contracts need codes and must not leak internals.
 * Other routes are untouched. A host app that defines its own `errorHandler` can compose this one.
 */
export function leasingErrorHandler() {
  const core = errorHandler()
  return (err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void => {
    if ((!isLeasingRoute(req) && !isLeasingCode(err?.code)) || res.headersSent) {
      return core(err, req, res, next)
    }
    const described = describeLeasingError(err)
    if (described.internal || described.status >= 500) {
      // The client sees a generic message; the details go to the log.
      req.scope?.resolve(ContainerRegistrationKeys.LOGGER).error(err)
    }
    if (isPlatformRoute(req)) {
      res.status(described.status).json({ error: described.code, message: described.message })
      return
    }
    if (described.internal || err instanceof URIError) {
      const type = MEDUSA_TYPE_BY_CODE[described.code] ?? MedusaError.Types.UNEXPECTED_STATE
      res.status(described.status).json({ type, code: described.code, message: described.message })
      return
    }
    if (isLeasingCode(err?.code) || err?.type === MedusaError.Types.INVALID_DATA) {
      res.status(described.status).json({ type: err.type, code: described.code, message: described.message })
      return
    }
    // Body-parser errors and Medusa's own types: core's answer, as a stock Medusa route gives it.
    return core(err, req, res, next)
  }
}
