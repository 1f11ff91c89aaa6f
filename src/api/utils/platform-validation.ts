import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { LeasingError } from "../../utils/leasing-errors"

/** `limit`/`offset` of the platform's lists. */
export const PlatformListQuery = z
  .object({
    // The leasing platform's default page (its catalog pages default to 20: see the catalog validators).
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type PlatformListQueryType = z.infer<typeof PlatformListQuery>

const VALIDATES = Symbol.for("medusa-leasing.validates")

/**
 * Marks a validating middleware with its zod schema, so the OpenAPI unit test can check that
 * the document shows what each route's entry validates (`src/openapi/from-validators.ts`).
 */
export function markValidator<T extends object>(middleware: T, part: "body" | "query", schema: z.ZodType): T {
  return Object.assign(middleware, { [VALIDATES]: { part, schema } })
}

/** What a middleware validates, if it was marked. */
export function validatedBy(middleware: unknown): { part: "body" | "query"; schema: z.ZodType } | undefined {
  return typeof middleware === "function" ? (middleware as { [VALIDATES]?: any })[VALIDATES] : undefined
}

function readableIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ")
}

/**
 * Validates the body with zod and answers the platform's 400 `{error: "VALIDATION_ERROR",
 * message}` (Medusa's validator answers another shape). Sets `req.validatedBody`.
 */
export function validatePlatformBody(schema: z.ZodType) {
  return markValidator(
    (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
      const result = schema.safeParse(req.body ?? {})
      if (!result.success) {
        return next(new LeasingError("VALIDATION_ERROR", readableIssues(result.error)))
      }
      req.validatedBody = result.data
      next()
    },
    "body",
    schema
  )
}

/** The same for the query string. Sets `req.validatedQuery`. */
export function validatePlatformQuery(schema: z.ZodType) {
  return markValidator(
    (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
      const result = schema.safeParse(req.query ?? {})
      if (!result.success) {
        return next(new LeasingError("VALIDATION_ERROR", readableIssues(result.error)))
      }
      req.validatedQuery = result.data as MedusaRequest["validatedQuery"]
      next()
    },
    "query",
    schema
  )
}
