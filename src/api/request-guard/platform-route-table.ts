import { leasingOpenApiDocument } from "../../openapi/document"
import { pathIsOnRoute } from "../utils/declared-route"

type RouteEntry = { template: string; methods: Set<string> }

/**
 * The platform's routes under /store/leasing, from the OpenAPI document (a unit test keeps the
 * document equal to the route files). A request no route serves gets the platform's JSON 404
 * instead of Express's HTML page.
 */
const PLATFORM_ROUTES: RouteEntry[] = Object.entries(leasingOpenApiDocument.paths)
  .filter(([template]) => template.startsWith("/store/leasing/"))
  .map(([template, operations]) => ({
    template,
    methods: new Set(Object.keys(operations).map((m) => m.toUpperCase())),
  }))

/** Whether a raw /store/leasing path and method name one of the platform's routes. */
export function isKnownPlatformRoute(method: string, path: string): boolean {
  const asGet = method === "HEAD" ? "GET" : method
  return PLATFORM_ROUTES.some(
    (route) => pathIsOnRoute(path, route.template) && (route.methods.has(asGet) || method === "OPTIONS")
  )
}
