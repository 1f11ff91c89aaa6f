import { MedusaRequest } from "@medusajs/framework/http"

/** The full path of a request, wherever the middleware or handler is mounted. */
const pathOf = (req: MedusaRequest) => req.baseUrl + req.path

/**
 * Routes that speak the leasing platform's contract: errors are `{ error: CODE, message }`.
 * Everything else keeps Medusa's `{ type, message }`, with the leasing `code` added.
 */
export function isPlatformRoute(req: MedusaRequest): boolean {
  const path = pathOf(req)
  return (
    path.startsWith("/store/leasing/") ||
    (req.method === "PATCH" && /^\/store\/carts\/[^/]+\/?$/.test(path)) ||
    (req.method === "POST" && /^\/store\/carts\/[^/]+\/validate\/?$/.test(path))
  )
}
