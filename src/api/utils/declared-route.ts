import { MedusaRequest } from "@medusajs/framework/http"

type RoutedRequest = Pick<MedusaRequest, "originalUrl" | "url">

/**
 * The one answer to "which declared route is this request on". Every check on a path goes
 * through here, because Express matches routes case-insensitively and decodes parameters:
 * `/store/carts/x/LINE-ITEMS/y` reaches core's line-item route, so a check written as a
 * case-sensitive regex on the raw path would wave it through. Paths are compared decoded and
 * lower-cased segment by segment, which is at least as broad as what Express routes (a form
 * Express would not route, such as `line%2Ditems`, is then merely checked for nothing).
 */

/**
 * The request's path segments as Express routes them: split on the raw path's slashes (an
 * encoded `%2F` stays inside its segment, as Express keeps it inside a parameter), each one
 * decoded and lower-cased, without the query and trailing slashes. A segment that is not valid
 * percent-encoding (`%ff`) stays as sent: it can only be a parameter (the request guard answers
 * it 404 in the route's own contract).
 */
export function routedSegments(path: string): string[] | null {
  const segments = path.split("?", 1)[0].replace(/\/+$/, "").split("/")
  return segments.map((segment) => {
    try {
      return decodeURIComponent(segment).toLowerCase()
    } catch {
      return segment.toLowerCase()
    }
  })
}

function segmentsOf(req: RoutedRequest) {
  return routedSegments(req.originalUrl ?? req.url ?? "")
}

const TEMPLATES = new Map<string, (string | null)[]>()

/** A route template (`/store/carts/:id/line-items/:line_id`, or OpenAPI's `{id}`): literal segments, null for a parameter. */
function templateOf(template: string): (string | null)[] {
  let parsed = TEMPLATES.get(template)
  if (!parsed) {
    parsed = template
      .replace(/\/+$/, "")
      .split("/")
      .map((segment) => (/^:|^\{.*\}$/.test(segment) ? null : segment.toLowerCase()))
    TEMPLATES.set(template, parsed)
  }
  return parsed
}

function segmentsMatch(segments: string[], template: string, prefixOnly = false) {
  const parsed = templateOf(template)
  if (prefixOnly ? segments.length < parsed.length : segments.length !== parsed.length) return false
  return parsed.every((literal, i) => (literal === null ? segments[i].length > 0 : segments[i] === literal))
}

/** Whether the request is on the route of this template (a parameter matches any one non-empty segment). */
export function isOnRoute(req: RoutedRequest, template: string): boolean {
  const segments = segmentsOf(req)
  return segments !== null && segmentsMatch(segments, template)
}

/** The first of these route templates the request is on. */
export function declaredRoute<T extends string>(req: RoutedRequest, templates: readonly T[]): T | undefined {
  const segments = segmentsOf(req)
  return segments === null ? undefined : templates.find((template) => segmentsMatch(segments, template))
}

/** Whether the request's path is on this template or below it (`/admin/leasing` covers `/ADMIN/Leasing/x`). */
export function isUnder(req: RoutedRequest, template: string): boolean {
  const segments = segmentsOf(req)
  return segments !== null && segmentsMatch(segments, template, true)
}

/** Whether a raw path (no query needed) is on this template, for tables keyed by path rather than request. */
export function pathIsOnRoute(path: string, template: string): boolean {
  const segments = routedSegments(path)
  return segments !== null && segmentsMatch(segments, template)
}
