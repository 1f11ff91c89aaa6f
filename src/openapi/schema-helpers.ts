import { LEASING_ERROR_STATUS, LeasingErrorCode } from "../utils/leasing-errors"

/**
 * Small builders for the OpenAPI document, so each path reads as its contract: the body, the
 * success response and the error codes it can answer (grouped by status from the plugin's
 * own code table, so a code's status cannot differ between the code and the document).
 */
export type Schema = Record<string, unknown>

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
export const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] })

/** An object whose listed properties are all required, and no others allowed. */
export const strictObject = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object",
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  properties,
  additionalProperties: false,
})

/** An object with these required properties; others (Medusa's own fields, `fields` selections) are allowed. */
export const openObject = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: "object",
  required,
  properties,
})

/** A platform answer: the thing under `data`. */
export const dataOf = (schema: Schema): Schema => strictObject({ data: schema })
/** One page of a platform list: the things under `data`, the page under `meta`. */
export const listOf = (item: Schema): Schema =>
  strictObject({ data: { type: "array", items: item }, meta: ref("ListMeta") })
/** A query parameter, optional unless `required`. */
export const queryParam = (
  name: string,
  schema: Schema,
  options: { required?: boolean; description?: string } = {}
) => ({
  name,
  in: "query",
  required: options.required ?? false,
  ...(options.description ? { description: options.description } : {}),
  schema,
})

export const jsonContent = (schema: Schema) => ({ "application/json": { schema } })
export const jsonResponse = (description: string, schema: Schema) => ({ description, content: jsonContent(schema) })

const STATUS_TEXT: Record<number, string> = {
  400: "The request is invalid",
  401: "No, unknown or revoked credentials",
  402: "A payment is due and none is authorised",
  403: "The credentials do not allow this",
  404: "Not found",
  409: "Conflicts with the current state",
  413: "The body is too large",
  415: "The body's media type, charset or encoding is not supported",
  429: "Too many requests for this credential",
  500: "Internal error (no internals in the message)",
  503: "The rate-limit counters (Redis) cannot answer",
}

function byStatus(codes: LeasingErrorCode[]) {
  const grouped = new Map<number, LeasingErrorCode[]>()
  for (const code of new Set(codes)) {
    const status = LEASING_ERROR_STATUS[code]
    grouped.set(status, [...(grouped.get(status) ?? []), code])
  }
  return [...grouped.entries()].sort(([a], [b]) => a - b)
}

/** The platform's error responses `{error, message}`: one per status, `error` limited to its codes. */
export function platformErrors(codes: LeasingErrorCode[]) {
  return Object.fromEntries(
    byStatus(codes).map(([status, ofStatus]) => [
      String(status),
      {
        description: STATUS_TEXT[status] ?? "Error",
        ...(status === 429 ? { headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } } : {}),
        content: jsonContent({
          allOf: [ref("PlatformError"), { type: "object", properties: { error: { enum: ofStatus } } }],
        }),
      },
    ])
  )
}

/**
 * Medusa's error responses `{type, message}` (the plugin adds `code` on its own errors). Core's
 * validators and handler answer these on Medusa's routes, so `code` is any string there.
 */
export function medusaErrors(statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { description: STATUS_TEXT[status] ?? "Error", content: jsonContent(ref("MedusaError")) },
    ])
  )
}

/**
 * Medusa's error bodies for an admin route whose errors all carry a leasing `code`: per status,
 * `code` is limited to the listed codes. `uncoded` statuses (401 from Medusa's authentication)
 * keep the plain body.
 */
export function codedMedusaErrors(codes: LeasingErrorCode[], uncoded: number[] = [401]) {
  const coded = byStatus(codes).map(([status, ofStatus]) => [
    String(status),
    {
      description: STATUS_TEXT[status] ?? "Error",
      content: jsonContent({
        allOf: [ref("MedusaError"), { type: "object", required: ["code"], properties: { code: { enum: ofStatus } } }],
      }),
    },
  ])
  return { ...medusaErrors(uncoded), ...Object.fromEntries(coded) }
}
