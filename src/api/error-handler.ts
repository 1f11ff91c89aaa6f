import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { describeLeasingError, isLeasingCode } from "../utils/leasing-errors"

/**
 * Routes that speak the leasing platform's contract: errors are `{ error: CODE, message }`.
 * Everything else keeps Medusa's `{ type, message }`, with the leasing `code` added.
 */
export function isPlatformRoute(req: MedusaRequest): boolean {
  const path = req.baseUrl + req.path
  return path.startsWith("/store/leasing/") || (req.method === "PATCH" && /^\/store\/carts\/[^/]+\/?$/.test(path))
}

/**
 * Leasing routes, and Medusa's routes once a request is a leasing one: on a leasing cart, with
 * company credentials, or with leasing data. A plain cart's requests keep core's error bodies.
 */
function isLeasingRoute(req: MedusaRequest): boolean {
  const path = req.baseUrl + req.path
  const additional = (req.body as { additional_data?: Record<string, unknown> } | undefined)?.additional_data
  const sendsLeasingData = !!additional && typeof additional === "object" && ("order_items" in additional || "purchaser_id" in additional)
  return path.startsWith("/admin/leasing/") || isPlatformRoute(req) || !!req.leasing_cart_id || !!req.leasing_caller || sendsLeasingData
}

/**
 * Wraps Medusa's error handler. Core's handler drops a 409's message and code and has no
 * code on validation errors; the leasing contracts need both. Other routes are untouched.
 * A host app that defines its own `errorHandler` can compose this one.
 */
export function leasingErrorHandler() {
  const core = errorHandler()
  return (err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void => {
    if ((!isLeasingRoute(req) && !isLeasingCode(err?.code)) || res.headersSent) {
      return core(err, req, res, next)
    }
    const described = describeLeasingError(err)
    if (isPlatformRoute(req)) {
      if (described.status >= 500) {
        // The client sees a generic message; the details go to the log.
        req.scope?.resolve(ContainerRegistrationKeys.LOGGER).error(err)
      }
      res.status(described.status).json({ error: described.code, message: described.message })
      return
    }
    if (isLeasingCode(err?.code) || err?.type === MedusaError.Types.INVALID_DATA) {
      res.status(described.status).json({ type: err.type, code: described.code, message: described.message })
      return
    }
    return core(err, req, res, next)
  }
}
