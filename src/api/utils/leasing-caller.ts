import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareFunction } from "@medusajs/framework/http"
import { LeasingError } from "../../utils/leasing-errors"
import { ensureRateLimits, limitCredential, limitFailedAuthentication, rateLimitStoreError } from "./caller-rate-limits"
import {
  callerCompanyExists,
  identifyCaller,
  LeasingCaller,
  NO_CREDENTIALS,
  presentsApiToken,
  presentsCompanyCredentials,
} from "./identify-caller"

export type { LeasingCaller }

/**
 * The caller rules a route's entry in its `middlewares.ts` names. Who the caller is comes from
 * `identify-caller.ts`, how often it may call from `caller-rate-limits.ts`; errors go to `next()`
 * and the plugin's error handler answers them in the route's declared contract
 * (`../route-contracts/`).
 */

/**
 * Resolves `req.leasing_caller` (see `identifyCaller`). Answers 401 without valid credentials,
 * 429 over the per-credential rate limit, 429 instead of 401 to an invalid token once the
 * client's address (docs/security.md) has failed too often, 503 RATE_LIMIT_UNAVAILABLE when the
 * counters' store cannot answer, and 404 COMPANY_NOT_FOUND when the credential's company is gone.
 */
export function resolveLeasingCaller(): MiddlewareFunction {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    // Resolved once per request, however many route entries ask for it (one rate-limit hit).
    if (req.leasing_caller) return next()
    try {
      ensureRateLimits(req)
      const presentsToken = presentsApiToken(req)
      const identified = await identifyCaller(req)
      if ("refused" in identified) {
        const throttled = presentsToken ? await limitFailedAuthentication(req, res) : null
        return next(throttled ?? new LeasingError(identified.refused, identified.message))
      }
      const { caller } = identified
      const overLimit = await limitCredential(req, res, caller.credential_id)
      if (overLimit) return next(overLimit)
      if (!(await callerCompanyExists(req, identified))) {
        return next(new LeasingError("COMPANY_NOT_FOUND", "The company of these credentials no longer exists."))
      }
      await identified.touch?.()
      req.leasing_caller = caller
      next()
    } catch (err) {
      next(rateLimitStoreError(err))
    }
  }
}

/** Answers 403 INSUFFICIENT_SCOPE when the caller may not do what the route does. */
export function requireLeasingScope(scope: "READ" | "WRITE"): MiddlewareFunction {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const caller = req.leasing_caller
    if (!caller) {
      return next(new LeasingError("UNAUTHORIZED", NO_CREDENTIALS))
    }
    if (scope === "WRITE" && caller.scope !== "WRITE") {
      const who = caller.via === "api_token" ? "This API token has READ scope" : "EMPLOYEE users may only read"
      return next(new LeasingError("INSUFFICIENT_SCOPE", `${who}; this call needs WRITE.`))
    }
    next()
  }
}

/**
 * A company-scoped route's caller rule: the caller's credentials (401/429/404), then its scope
 * (403), before anything else of the route runs (a refused caller learns nothing from
 * validation messages). READ routes let both scopes through; WRITE routes need WRITE.
 */
export function requireCompanyCaller(scope: "READ" | "WRITE"): MiddlewareFunction {
  const resolve = resolveLeasingCaller()
  const check = requireLeasingScope(scope)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    resolve(req, res, (err?: unknown) => (err ? next(err) : check(req, res, next)))
}

/** The resolved caller of a route behind `requireCompanyCaller()`. */
export function leasingCaller(req: MedusaRequest): LeasingCaller {
  if (!req.leasing_caller) {
    throw new Error("requireCompanyCaller() must run before this handler")
  }
  return req.leasing_caller
}

/**
 * For Medusa's own routes that a storefront also calls without company credentials (POST
 * /store/carts/:id): resolves the caller when a company API token is sent or the signed-in
 * customer is a company user, and otherwise lets the request through without one.
 */
export function resolveLeasingCallerIfPresent(): MiddlewareFunction {
  const resolve = resolveLeasingCaller()
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.leasing_caller) return next()
    try {
      if (await presentsCompanyCredentials(req)) {
        return resolve(req, res, next)
      }
      next()
    } catch (err) {
      next(err)
    }
  }
}
