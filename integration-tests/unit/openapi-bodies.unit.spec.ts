import { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { markValidator, validatedBy } from "../../src/api/utils/platform-validation"
import { validatorSchema, withoutAnnotations } from "../../src/openapi/from-validators"

// Medusa's own validating middlewares (the admin routes use them) hide their schema in a
// closure: marked here, as the platform's are in platform-validation.ts, to read each entry.
jest.mock("@medusajs/framework/http", () => {
  const actual = jest.requireActual("@medusajs/framework/http")
  const { markValidator: mark } = jest.requireActual("../../src/api/utils/platform-validation")
  return {
    ...actual,
    validateAndTransformBody: (schema: any, ...rest: any[]) =>
      mark(actual.validateAndTransformBody(schema, ...rest), "body", schema),
    validateAndTransformQuery: (schema: any, ...rest: any[]) =>
      mark(actual.validateAndTransformQuery(schema, ...rest), "query", schema),
  }
})

// Loaded after the mock: the entries' middlewares are built when their files load.
const { leasingRoutes } = require("../../src/api/leasing-routes") as { leasingRoutes: MiddlewareRoute[] }
const { leasingOpenApiDocument } = require("../../src/openapi/document")

const document = leasingOpenApiDocument as any
const asTemplate = (matcher: string) => matcher.replace(/:(\w+)/g, "{$1}")
const resolve = (schema: any) =>
  schema?.$ref ? document.components.schemas[schema.$ref.replace("#/components/schemas/", "")] : schema

type Validated = { method: string; path: string; part: "body" | "query"; schema: z.ZodType }

/** Each route entry's validators, by method and OpenAPI path. */
const validated: Validated[] = leasingRoutes.flatMap((route) =>
  [route.methods ?? []].flat().flatMap((method) =>
    (route.middlewares ?? []).flatMap((middleware) => {
      const marked = validatedBy(middleware)
      return marked
        ? [{ method: String(method).toLowerCase(), path: asTemplate(String(route.matcher)), ...marked }]
        : []
    })
  )
)
const bodies = validated.filter((v) => v.part === "body")
const queries = validated.filter((v) => v.part === "query")

// Bodies a route validates elsewhere than in a marked entry: Medusa's cart update (core's own
// validator from core's middlewares, the leasing keys checked by leasing-additional-data.ts; its
// document is those two validators composed, see StoreUpdateCartBody in store-schemas.ts).
const NOT_FROM_AN_ENTRY = ["post /store/carts/{id}"]

describe("the OpenAPI request bodies and list parameters are the routes' validators", () => {
  it("finds the validators of the routes' entries", () => {
    expect(bodies.length).toBeGreaterThan(20)
    expect(queries.length).toBeGreaterThan(10)
  })

  it.each(bodies.map((b) => [`${b.method.toUpperCase()} ${b.path}`, b] as const))(
    "%s documents its validator's body",
    (_name, { method, path, schema }) => {
      const operation = document.paths[path]?.[method]
      expect({ path, method, documented: !!operation?.requestBody }).toEqual({ path, method, documented: true })
      const documented = resolve(operation.requestBody.content["application/json"].schema)
      expect(withoutAnnotations(documented)).toEqual(withoutAnnotations(validatorSchema(schema)))
    }
  )

  it("documents no body that no validator checks", () => {
    const documented = Object.entries(document.paths).flatMap(([path, operations]: [string, any]) =>
      Object.entries(operations)
        .filter(([, operation]: [string, any]) => operation.requestBody)
        .map(([method]) => `${method} ${path}`)
    )
    const validatedBodies = bodies.map((b) => `${b.method} ${b.path}`)
    expect(documented.filter((key) => !validatedBodies.includes(key) && !NOT_FROM_AN_ENTRY.includes(key))).toEqual([])
  })

  it.each(queries.map((q) => [`${q.method.toUpperCase()} ${q.path}`, q] as const))(
    "%s documents its validator's list parameters (limit, offset and their defaults)",
    (_name, { method, path, schema }) => {
      const operation = document.paths[path]?.[method]
      const properties = (validatorSchema(schema).properties ?? {}) as Record<string, unknown>
      for (const name of ["limit", "offset"].filter((n) => n in properties)) {
        const parameter = operation?.parameters?.find((p: any) => p.in === "query" && p.name === name)
        expect({ path, name, schema: withoutAnnotations(parameter?.schema) }).toEqual({
          path,
          name,
          schema: withoutAnnotations(properties[name]),
        })
      }
    }
  )
})

it("marks what it cannot read otherwise", () => {
  const schema = z.object({ a: z.string() })
  expect(validatedBy(markValidator(() => undefined, "body", schema))).toEqual({ part: "body", schema })
})
