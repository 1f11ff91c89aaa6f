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
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (!result.success) {
      return next(new LeasingError("VALIDATION_ERROR", readableIssues(result.error)))
    }
    req.validatedBody = result.data
    next()
  }
}

/** The same for the query string. Sets `req.validatedQuery`. */
export function validatePlatformQuery(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.query ?? {})
    if (!result.success) {
      return next(new LeasingError("VALIDATION_ERROR", readableIssues(result.error)))
    }
    req.validatedQuery = result.data as MedusaRequest["validatedQuery"]
    next()
  }
}
