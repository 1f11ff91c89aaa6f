import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareFunction } from "@medusajs/framework/http"
import { LeasingError, CART_NOT_FOUND_MESSAGE } from "../../utils/leasing-errors"
import { declaredContractOf } from "../route-contracts/contract-table"
import { isKnownPlatformRoute } from "./platform-route-table"

/** What a prefix's guard checks besides what every guard checks. */
export type GuardOptions = {
  /** /store/leasing: a path no platform route serves gets the platform's 404. */
  knownRoutesOnly?: boolean
  /** /admin/leasing: every write takes JSON only (not only the platform's routes). */
  jsonWrites?: boolean
}

// C0 controls and DEL: no id, handle or country code contains one, and PostgreSQL refuses NUL.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/
const NUL = "\u0000"
// JSON bodies are at most 100 KB (the body parser's limit), so this walk is bounded; the depth
// cap only stops a pathological nesting from costing a deep recursion.
const MAX_DEPTH = 64

function decodedPath(originalUrl: string): string | null {
  try {
    return decodeURIComponent(originalUrl.split("?", 1)[0])
  } catch {
    return null
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])
// `curl -X POST -H "Authorization: ..."` on an action without input (deliver a contract): no body,
// no media type, and a credential a cross-site page cannot send without a CORS preflight.
const isBodylessScriptCall = (req: MedusaRequest) =>
  !!req.headers.authorization &&
  !req.headers["content-type"] &&
  (req.headers["content-length"] ?? "0") === "0" &&
  !req.headers["transfer-encoding"]

const clipPath = (path: string) => (path.length > 100 ? `${path.slice(0, 100)}…` : path)

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes(NUL)
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return false
  for (const [key, item] of Object.entries(value)) {
    if (key.includes(NUL) || containsNul(item, depth + 1)) return true
  }
  return false
}

/**
 * Rejects what no plugin route can serve before any of its middlewares or queries run:
 * - a path that is not valid percent-encoding (`%ff`, `%`) or holds a control character
 *   (`%00`): 404, as no record has such an id (Express would throw while matching, Medusa
 *   answer 500, and a NUL reach PostgreSQL as a query value);
 * - a NUL character in the query string or in a JSON body's strings or keys: 400;
 * - a path under /store/leasing that no route serves: the platform's 404 (not Express's HTML);
 * - on the platform's routes and on every write under /admin/leasing, a body that is not
 *   `application/json`: 415 (a cross-site form can only send form or text bodies, so the admin's
 *   cookie session is not left to SameSite alone); Medusa's own contract keeps accepting what
 *   core accepts.
 * Mounted on path prefixes (no parameters), so Express decodes nothing before it runs, and
 * Express's own matching (any letter case) picks the prefix's options.
 *
 * It runs before any route's own middlewares, so it first records the contract the request's
 * route declares (`route-contracts/contract-table.ts`): its refusals, and everything after it,
 * answer in that contract.
 */
export function guardLeasingRequest(options: GuardOptions = {}): MiddlewareFunction {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    req.leasing_contract ??= declaredContractOf(req)
    const path = decodedPath(req.originalUrl)
    if (path === null || CONTROL_CHARACTER.test(path)) {
      const cart = /^\/store\/(leasing\/)?carts\//i.test(req.originalUrl)
      return next(
        cart
          ? new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
          : new LeasingError(
              "NOT_FOUND",
              "Nothing exists at this path: it is not valid percent-encoding or holds a control character."
            )
      )
    }
    if (options.knownRoutesOnly && !isKnownPlatformRoute(req.method, req.originalUrl)) {
      return next(new LeasingError("NOT_FOUND", `No route answers ${req.method} ${clipPath(path)}.`))
    }
    if (containsNul(req.query)) {
      return next(new LeasingError("VALIDATION_ERROR", "The query string must not contain NUL characters."))
    }
    if (
      (req.leasing_contract === "platform" ||
        (options.jsonWrites && !READS.has(req.method) && !isBodylessScriptCall(req))) &&
      req.is("application/json") === false
    ) {
      // `req.is` answers null for a request without a body and false for another media type.
      return next(
        new LeasingError(
          "UNSUPPORTED_MEDIA_TYPE",
          "The request body must be JSON: send Content-Type: application/json."
        )
      )
    }
    if (containsNul(req.body)) {
      return next(new LeasingError("VALIDATION_ERROR", "Text values in the body must not contain NUL characters."))
    }
    next()
  }
}
