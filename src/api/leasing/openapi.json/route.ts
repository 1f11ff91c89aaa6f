import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leasingOpenApiDocument } from "../../../openapi/document"

/**
 * GET /leasing/openapi.json: the plugin's OpenAPI 3.1 document. Outside /store and /admin, so
 * tools (code generators, Swagger UI) fetch it without a publishable key or a login: it
 * describes routes and shapes, never data or secrets.
 */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.setHeader("cache-control", "public, max-age=300")
  res.json(leasingOpenApiDocument)
}
