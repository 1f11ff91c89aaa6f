import { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { leasingRoutes } from "../leasing-routes"
import { isOnRoute, isUnder } from "../utils/declared-route"
import { contractDeclaredBy, isCompanysRequest, RouteContract } from "./declare-contract"

type ContractEntry = { methods?: string[]; matcher: string; contract: RouteContract }

/** The route entries that name a contract middleware, as Medusa registers them. */
export function buildContractTable(routes: MiddlewareRoute[]): ContractEntry[] {
  return routes.flatMap((route) => {
    const contract = route.middlewares?.map(contractDeclaredBy).find(Boolean)
    if (!contract || typeof route.matcher !== "string") return []
    const methods = route.methods ? [route.methods].flat().map((m) => String(m).toUpperCase()) : undefined
    return [{ methods, matcher: route.matcher, contract }]
  })
}

let table: ContractEntry[] | undefined

const segmentCount = (matcher: string) => matcher.split("/").filter(Boolean).length

/**
 * The one place that tests a path for its contract: the contract the request's route declared
 * in its `middlewares.ts` entry, looked up in those same entries. Used where the route's own
 * middlewares have not run yet: by the request guard (the plugin's first middleware, which
 * records it early) and by the error handler for what Medusa refuses before any route
 * middleware (the body parser, the publishable key, the admin's authentication).
 * An entry with `methods` on the request's route wins over a namespace entry (no `methods`,
 * mounted with `use`: its path and everything below it); a longer namespace over a shorter one.
 * Paths compare as Express routes them, in any letter case (`declared-route.ts`).
 */
export function declaredContractOf(req: MedusaRequest, entries?: ContractEntry[]): RouteContract | undefined {
  entries ??= table ??= buildContractTable(leasingRoutes)
  const method = req.method === "HEAD" ? "GET" : req.method
  const route = entries.find((entry) => entry.methods?.includes(method) && isOnRoute(req, entry.matcher))
  if (route) return route.contract
  const namespaces = entries.filter((entry) => !entry.methods && isUnder(req, entry.matcher))
  namespaces.sort((a, b) => segmentCount(b.matcher) - segmentCount(a.matcher))
  return namespaces[0]?.contract
}

/**
 * The error shape a request is answered in: its route's declaration (recorded on the request,
 * or looked up when Medusa refused it before any route middleware ran). A route that declares
 * nothing is Medusa's own and follows the same rule as the core routes the plugin intercepts.
 */
export function answeringContract(req: MedusaRequest): "platform" | "medusa" | "core" {
  const declared = req.leasing_contract ?? declaredContractOf(req) ?? "core-unless-company"
  if (declared !== "core-unless-company") return declared
  return isCompanysRequest(req) ? "medusa" : "core"
}
