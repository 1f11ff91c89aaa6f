import { MedusaRequest } from "@medusajs/framework/http"
import { isOnRoute, isUnder } from "./declared-route"

/**
 * Routes that speak the leasing platform's contract: errors are `{ error: CODE, message }`.
 * Everything else keeps Medusa's `{ type, message }`, with the leasing `code` added.
 * Matched as Express routes them (any letter case, decoded), see `declared-route.ts`.
 */
export function isPlatformRoute(req: MedusaRequest): boolean {
  return (
    isUnder(req, "/store/leasing") ||
    (req.method === "PATCH" && isOnRoute(req, "/store/carts/:id")) ||
    (req.method === "POST" && isOnRoute(req, "/store/carts/:id/validate"))
  )
}
