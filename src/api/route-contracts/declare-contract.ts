import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareFunction } from "@medusajs/framework/http"

/**
 * A route's contract: the error shape it answers in.
 * - `platform`: the leasing platform's `{ error: CODE, message }`;
 * - `medusa`: Medusa's `{ type, code, message }` with the leasing code, internal messages hidden;
 * - `core-unless-company`: a Medusa route the plugin intercepts (or one that declares nothing):
 *   core's own answer, unless the request turns out to be a company's (see `isCompanysRequest`),
 *   then `medusa`.
 */
export type RouteContract = "platform" | "medusa" | "core-unless-company"

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** The contract the route declared (set by the named middleware, or early by the request guard). */
    leasing_contract?: RouteContract
  }
}

const CONTRACT = Symbol.for("medusa-leasing.route-contract")

type ContractMiddleware = MiddlewareFunction & { [CONTRACT]: RouteContract }

function declaring(contract: RouteContract): ContractMiddleware {
  const middleware = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    // The request guard may have recorded it already from the same declaration (contract-table.ts):
    // the most specific entry wins there, so a namespace's entry does not overwrite a route's.
    req.leasing_contract ??= contract
    next()
  }
  return Object.assign(middleware, { [CONTRACT]: contract })
}

/** The route speaks the leasing platform's contract: errors are `{ error: CODE, message }`. */
export const platformContract = () => declaring("platform")

/** The route speaks Medusa's contract with leasing codes: `{ type, code, message }` (the admin's routes). */
export const medusaContract = () => declaring("medusa")

/**
 * A Medusa route the plugin intercepts: core's answers, as a stock Medusa gives them, unless the
 * request is a company's (its cart or order, a company API token, leasing data): then Medusa's
 * shape with the leasing code.
 */
export const coreContractUnlessCompany = () => declaring("core-unless-company")

/** The contract a middleware declares, if it is one of the named contract middlewares above. */
export function contractDeclaredBy(middleware: unknown): RouteContract | undefined {
  return typeof middleware === "function" ? (middleware as Partial<ContractMiddleware>)[CONTRACT] : undefined
}

/**
 * What makes a request on a Medusa route a company's, from what the route's middlewares found
 * (never from the path): the company cart guard found its cart (`leasing_cart_id`), the order
 * guard its order (`leasing_order_id`), the caller sent a company API token, or the body carries
 * leasing data. A signed-in customer who is a company user, on a plain cart without leasing data,
 * stays core's.
 */
export function isCompanysRequest(req: MedusaRequest): boolean {
  const additional = (req.body as { additional_data?: Record<string, unknown> } | undefined)?.additional_data
  const sendsLeasingData =
    !!additional && typeof additional === "object" && ("order_items" in additional || "purchaser_id" in additional)
  return !!req.leasing_cart_id || !!req.leasing_order_id || req.leasing_caller?.via === "api_token" || sendsLeasingData
}
