import { z } from "@medusajs/framework/zod"
import { jsonContent, Schema } from "./schema-helpers"

/**
 * Request bodies and list parameters, generated from the zod validators the routes run (zod 4's
 * own `z.toJSONSchema`, JSON Schema 2020-12 as OpenAPI 3.1 uses), so the document cannot say
 * something else than what the route accepts. Only words are added by hand: `description` and
 * `example` (ANNOTATIONS), on properties the validator has. What a `.refine` checks and JSON Schema
 * cannot say is written in the validator with `.meta()`, never here.
 * `integration-tests/unit/openapi-bodies.unit.spec.ts` checks that every documented body and
 * list parameter is its route's validator.
 */

/**
 * The keywords a document may add to a generated schema: words for humans, and `minProperties`
 * where a middleware before the validator refuses an empty body (`refuseEmptyPatch()`).
 */
export const ANNOTATIONS = ["description", "example", "minProperties"] as const

export type Annotations = {
  description?: string
  minProperties?: 1
  example?: unknown
  /** Annotations of the object's properties (each must exist in the validator). */
  properties?: Record<string, Annotations>
  /** Annotations of an array's items. */
  items?: Annotations
}

/** A PATCH whose empty body `refuseEmptyPatch()` answers 400 EMPTY_PATCH_BODY before the validator. */
export const EMPTY_PATCH_REFUSED: Annotations = { minProperties: 1 }

const VALIDATOR = Symbol.for("medusa-leasing.openapi.validator")

/** The JSON Schema of what a validator accepts (its input: before defaults and transforms). */
export function validatorSchema(validator: z.ZodType): Schema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(validator, { io: "input", unrepresentable: "any" })
  return schema as Schema
}

// A nullable or optional property is `anyOf: [schema, {type: "null"}]`: annotate the whole.
function annotate(schema: Schema, annotations: Annotations, at: string): Schema {
  const { properties, items, ...words } = annotations
  const annotated: Schema = { ...schema, ...words }
  if (properties) {
    const own = schema.properties as Record<string, Schema> | undefined
    annotated.properties = { ...own }
    for (const [name, inner] of Object.entries(properties)) {
      if (!own?.[name]) throw new Error(`${at}.${name}: the validator has no such property`)
      ;(annotated.properties as Record<string, Schema>)[name] = annotate(own[name], inner, `${at}.${name}`)
    }
  }
  if (items) {
    if (!schema.items) throw new Error(`${at}: the validator is not an array`)
    annotated.items = annotate(schema.items as Schema, items, `${at}[]`)
  }
  return annotated
}

/** A body's schema: the validator's, with descriptions. Remembers its validator (for the unit test). */
export function bodySchemaOf(validator: z.ZodType, annotations: Annotations = {}): Schema {
  const schema = annotate(validatorSchema(validator), annotations, "body")
  Object.defineProperty(schema, VALIDATOR, { value: validator, enumerable: false })
  return schema
}

/** An operation's `requestBody` from the route's body validator. */
export function requestBodyOf(validator: z.ZodType, annotations: Annotations = {}, required = true) {
  return { required, content: jsonContent(bodySchemaOf(validator, annotations)) }
}

/** The validator a generated schema came from, if it was generated. */
export function validatorOf(schema: unknown): z.ZodType | undefined {
  return schema && typeof schema === "object" ? (schema as { [VALIDATOR]?: z.ZodType })[VALIDATOR] : undefined
}

/**
 * Query parameters from the route's query validator: its properties `names` (all by default), each
 * with the validator's schema (type, bounds, default) and whether it is required.
 */
export function queryParametersOf(
  validator: z.ZodType,
  names?: string[],
  descriptions: Record<string, string> = {}
): Schema[] {
  const schema = validatorSchema(validator)
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  const required = new Set((schema.required as string[] | undefined) ?? [])
  return (names ?? Object.keys(properties)).map((name) => {
    if (!properties[name]) throw new Error(`query ${name}: the validator has no such parameter`)
    return {
      name,
      in: "query",
      // A parameter with a default may be left out, whatever zod's output type says.
      required: required.has(name) && properties[name].default === undefined,
      ...(descriptions[name] ? { description: descriptions[name] } : {}),
      schema: properties[name],
    }
  })
}

/** A list's `limit` and `offset` as its validator has them (bounds and default page size). */
export const pageOf = (validator: z.ZodType) => queryParametersOf(validator, ["limit", "offset"])

/** Strips the words a document may add, to compare a documented schema with its validator's. */
export function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations)
  if (!value || typeof value !== "object") return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !(ANNOTATIONS as readonly string[]).includes(key))
      .map(([key, inner]) => [
        key,
        key === "properties" ? mapValues(inner, withoutAnnotations) : withoutAnnotations(inner),
      ])
  )
}

const mapValues = (object: unknown, f: (v: unknown) => unknown) =>
  Object.fromEntries(Object.entries(object as Record<string, unknown>).map(([k, v]) => [k, f(v)]))
