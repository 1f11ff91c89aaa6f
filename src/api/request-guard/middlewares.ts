import { MiddlewareRoute } from "@medusajs/framework/http"
import { guardLeasingRequest } from "./guard-request"

/**
 * The request guard runs on every method under the plugin's prefixes. Middlewares without
 * `methods` are Express `use` layers that Medusa registers before any route's middlewares.
 * `/store/carts` is covered as a whole: the carts' guard keys on the path's cart id.
 */
export const requestGuardMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts", middlewares: [guardLeasingRequest()] },
  { matcher: "/store/leasing", middlewares: [guardLeasingRequest({ knownRoutesOnly: true })] },
  { matcher: "/admin/leasing", middlewares: [guardLeasingRequest({ jsonWrites: true })] },
]
