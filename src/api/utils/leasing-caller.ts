import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareFunction } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import CompanyModuleService from "../../modules/company/service"
import { LeasingError } from "../../utils/leasing-errors"
import { ClientAddressResolver } from "./client-address"
import { RateLimitDecision, RateLimitStoreUnavailableError } from "./rate-limiter"
import { createLeasingRateLimits, LeasingRateLimits } from "./rate-limiter-store"

/** Who is calling a company-scoped store route, resolved from its credentials only. */
export type LeasingCaller = {
  company_id: string
  scope: "READ" | "WRITE"
  via: "api_token" | "customer"
  /** The API token's id, or the company user's id for a signed-in customer: the rate-limit key. */
  credential_id: string
  /** Set when a signed-in customer calls as a company user. */
  company_user_id?: string
}

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    leasing_caller?: LeasingCaller
  }
}

type Refusal = { refused: "UNAUTHORIZED" | "COMPANY_NOT_FOUND"; message: string }
type Identified = { caller: LeasingCaller; touch?: () => Promise<void> }

const BEARER_TOKEN = /^Bearer\s+(lsk_\S*)\s*$/i
const NO_CREDENTIALS =
  "Authentication required: send Authorization: Bearer <company API token>, or sign in as a company user."

// One set of limits for the whole process, so a credential's budget is shared by every route
// (and, on Redis, by every instance). Built from the plugin's options on first use.
let rateLimits: LeasingRateLimits | undefined
let clientAddresses: ClientAddressResolver | undefined

function companyService(req: MedusaRequest) {
  return req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
}

function limitsFor(req: MedusaRequest): LeasingRateLimits {
  if (!rateLimits) {
    const options = companyService(req).getOptions()
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    rateLimits = createLeasingRateLimits(
      {
        perCredentialPerMinute: options.rateLimitPerMinute,
        failedAuthPerMinute: options.failedAuthLimitPerMinute,
        redisUrl: options.redisUrl,
      },
      (message) => logger.warn(message)
    )
    clientAddresses = new ClientAddressResolver(options.trustedProxies)
  }
  return rateLimits
}

/**
 * The client's address from the socket, or from X-Forwarded-For behind the configured trusted
 * proxies only (not Express's `req.ip`, which trusts any one hop); IPv6 grouped by /64.
 */
function clientAddress(req: MedusaRequest) {
  limitsFor(req)
  return clientAddresses!.clientOf(req.socket?.remoteAddress, req.headers["x-forwarded-for"])
}

function rateLimited(res: MedusaResponse, decision: RateLimitDecision, message: string) {
  res.setHeader("Retry-After", String(decision.retryAfterSeconds))
  return new LeasingError("RATE_LIMITED", `${message} Retry in ${decision.retryAfterSeconds} s.`)
}

async function identify(req: MedusaRequest): Promise<Identified | Refusal> {
  const service = companyService(req)
  const bearer = BEARER_TOKEN.exec(req.headers.authorization ?? "")
  if (bearer) {
    const token = await service.findApiTokenBySecret(bearer[1])
    if (!token || token.revoked_at) {
      return { refused: "UNAUTHORIZED", message: "The API token is invalid or has been revoked." }
    }
    return {
      caller: { company_id: token.company_id, scope: token.scope, via: "api_token", credential_id: token.id },
      touch: () => service.touchApiToken(token),
    }
  }
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  if (auth?.actor_type === "customer" && auth.actor_id) {
    const [user] = await service.listLeasingCompanyUsers({ customer_id: auth.actor_id }, { take: 1 })
    if (!user) {
      return { refused: "UNAUTHORIZED", message: "This customer is not a user of any company." }
    }
    const scope = user.role === "ADMIN" ? "WRITE" : "READ"
    return {
      caller: { company_id: user.company_id, scope, via: "customer", credential_id: user.id, company_user_id: user.id },
    }
  }
  return { refused: "UNAUTHORIZED", message: NO_CREDENTIALS }
}

/**
 * Errors go to `next()`: the plugin's error handler answers them in the route's contract
 * (the platform's `{error, message}` or Medusa's `{type, code, message}`).
 *
 * Resolves `req.leasing_caller` from a company API token (`Authorization: Bearer lsk_…`) or
 * from a signed-in customer linked to a company user (ADMIN: WRITE, EMPLOYEE: READ). Answers
 * 401 without valid credentials, 429 over the per-credential rate limit, 429 instead of 401 to
 * an invalid token once the client's address (docs/security.md) has failed too often,
 * 503 RATE_LIMIT_UNAVAILABLE when the counters' store cannot answer, and 404
 * COMPANY_NOT_FOUND when the credential's company is gone. Nothing the client sends
 * besides its credentials decides the company.
 */
export function resolveLeasingCaller(): MiddlewareFunction {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    // Resolved once per request, however many route entries ask for it (one rate-limit hit).
    if (req.leasing_caller) return next()
    try {
      const limits = limitsFor(req)
      const presentsToken = BEARER_TOKEN.test(req.headers.authorization ?? "")
      const identified = await identify(req)
      if ("refused" in identified) {
        if (presentsToken) {
          // Only failed token attempts count and only they are throttled: a valid credential from
          // the same address is never refused by this limit. A refused attempt does not count.
          const failures = await limits.failedAuthByAddress.hit(clientAddress(req))
          if (!failures.allowed) {
            return next(
              rateLimited(
                res,
                failures,
                `Too many failed authentications from this address: ${failures.limit} a minute.`
              )
            )
          }
        }
        return next(new LeasingError(identified.refused, identified.message))
      }
      const { caller } = identified
      const decision = await limits.perCredential.hit(caller.credential_id)
      res.setHeader("X-RateLimit-Limit", String(decision.limit))
      res.setHeader("X-RateLimit-Remaining", String(decision.remaining))
      // The IETF draft's names (what the leasing platform's clients read).
      res.setHeader("RateLimit-Limit", String(decision.limit))
      res.setHeader("RateLimit-Remaining", String(decision.remaining))
      res.setHeader("RateLimit-Reset", String(decision.resetSeconds))
      if (!decision.allowed) {
        return next(rateLimited(res, decision, `Too many requests: ${decision.limit} a minute per credential.`))
      }
      const [company] = await companyService(req).listLeasingCompanies({ id: caller.company_id }, { select: ["id"] })
      if (!company) {
        return next(new LeasingError("COMPANY_NOT_FOUND", "The company of these credentials no longer exists."))
      }
      await identified.touch?.()
      req.leasing_caller = caller
      next()
    } catch (err) {
      if (err instanceof RateLimitStoreUnavailableError) {
        // Fail closed: without its counters the plugin cannot tell a flood from normal use.
        return next(
          new LeasingError("RATE_LIMIT_UNAVAILABLE", "Request limits cannot be checked right now; retry shortly.")
        )
      }
      next(err)
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

/** The resolved caller of a route behind `resolveLeasingCaller()`. */
export function leasingCaller(req: MedusaRequest): LeasingCaller {
  if (!req.leasing_caller) {
    throw new Error("resolveLeasingCaller() must run before this handler")
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
      if (BEARER_TOKEN.test(req.headers.authorization ?? "")) {
        return resolve(req, res, next)
      }
      const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
      if (auth?.actor_type === "customer" && auth.actor_id) {
        const [user] = await companyService(req).listLeasingCompanyUsers(
          { customer_id: auth.actor_id },
          { take: 1, select: ["id"] }
        )
        if (user) {
          return resolve(req, res, next)
        }
      }
      next()
    } catch (err) {
      next(err)
    }
  }
}
