import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LeasingError } from "../../utils/leasing-errors"
import { ClientAddressResolver } from "./client-address"
import { companyService } from "./identify-caller"
import { RateLimitDecision, RateLimitStoreUnavailableError } from "./rate-limiter"
import { createLeasingRateLimits, LeasingRateLimits } from "./rate-limiter-store"

// One set of limits for the whole process, so a credential's budget is shared by every route
// (and, on Redis, by every instance). Built from the plugin's options on first use.
let rateLimits: LeasingRateLimits | undefined
let clientAddresses: ClientAddressResolver | undefined

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

/** Builds the limits from the plugin's options before the first request needs them. */
export function ensureRateLimits(req: MedusaRequest): void {
  limitsFor(req)
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

/**
 * Counts a failed token attempt against the client's address: 429 RATE_LIMITED (instead of the
 * 401) once the address has failed too often (docs/security.md). Only failed token attempts
 * count and only they are throttled: a valid credential from the same address is never refused
 * by this limit. A refused attempt does not count.
 */
export async function limitFailedAuthentication(req: MedusaRequest, res: MedusaResponse): Promise<LeasingError | null> {
  const failures = await limitsFor(req).failedAuthByAddress.hit(clientAddress(req))
  if (failures.allowed) return null
  return rateLimited(res, failures, `Too many failed authentications from this address: ${failures.limit} a minute.`)
}

/**
 * Counts one request against the credential's budget and sets the rate-limit headers:
 * 429 RATE_LIMITED over the per-credential limit.
 */
export async function limitCredential(
  req: MedusaRequest,
  res: MedusaResponse,
  credentialId: string
): Promise<LeasingError | null> {
  const decision = await limitsFor(req).perCredential.hit(credentialId)
  res.setHeader("X-RateLimit-Limit", String(decision.limit))
  res.setHeader("X-RateLimit-Remaining", String(decision.remaining))
  // The IETF draft's names (what the leasing platform's clients read).
  res.setHeader("RateLimit-Limit", String(decision.limit))
  res.setHeader("RateLimit-Remaining", String(decision.remaining))
  res.setHeader("RateLimit-Reset", String(decision.resetSeconds))
  if (decision.allowed) return null
  return rateLimited(res, decision, `Too many requests: ${decision.limit} a minute per credential.`)
}

/**
 * Fail closed: without its counters the plugin cannot tell a flood from normal use, so a store
 * that cannot answer is 503 RATE_LIMIT_UNAVAILABLE. Other errors are returned as they are.
 */
export function rateLimitStoreError(err: unknown): unknown {
  return err instanceof RateLimitStoreUnavailableError
    ? new LeasingError("RATE_LIMIT_UNAVAILABLE", "Request limits cannot be checked right now; retry shortly.")
    : err
}
