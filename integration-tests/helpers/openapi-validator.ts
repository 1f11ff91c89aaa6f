import Ajv2020, { ValidateFunction } from "ajv/dist/2020"
import addFormats from "ajv-formats"
import { leasingOpenApiDocument } from "../../src/openapi/document"

const DOCUMENT_ID = "medusa-leasing-openapi"
// OpenAPI's own keywords around JSON Schema, and annotations Ajv does not know: accepted, ignored.
const OPENAPI_KEYWORDS = [
  "openapi",
  "jsonSchemaDialect",
  "info",
  "tags",
  "paths",
  "components",
  "example",
  "discriminator",
  "xml",
  "externalDocs",
]

type Operation = { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }
type Route = { template: string; pattern: RegExp; operations: Record<string, Operation> }

const escapePointer = (segment: string) => encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"))

/**
 * Validates bodies against the plugin's OpenAPI document with Ajv's JSON Schema 2020-12 build
 * (OpenAPI 3.1's dialect). The whole document is registered once, so `#/components/...`
 * references resolve as in any OpenAPI tool; each response schema compiles on first use.
 */
export class OpenApiValidator {
  private readonly ajv = new Ajv2020({ strict: true, allErrors: true })
  private readonly routes: Route[]
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor(private readonly document: any = leasingOpenApiDocument) {
    addFormats(this.ajv)
    this.ajv.addVocabulary(OPENAPI_KEYWORDS)
    this.ajv.addSchema(document, DOCUMENT_ID)
    this.routes = Object.entries(document.paths as Record<string, Record<string, Operation>>).map(
      ([template, operations]) => ({
        template,
        // A path parameter matches one raw segment; static segments match literally.
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}/?$`),
        operations,
      })
    )
  }

  /** The documented operation of a method and path (query string ignored), or null. */
  find(method: string, path: string) {
    const route = this.routes.find((r) => r.pattern.test(path.split("?")[0]) && r.operations[method.toLowerCase()])
    return route ? { template: route.template, operation: route.operations[method.toLowerCase()] } : null
  }

  /** The JSON pointer of a response schema, or null when the document has none for that status. */
  responseSchemaPointer(method: string, template: string, status: number): string | null {
    const operation = this.document.paths[template]?.[method.toLowerCase()] as Operation | undefined
    const response = operation?.responses[String(status)] ?? operation?.responses.default
    if (!response?.content?.["application/json"]) return null
    const key = operation!.responses[String(status)] ? String(status) : "default"
    return ["paths", template, method.toLowerCase(), "responses", key, "content", "application/json", "schema"]
      .map(escapePointer)
      .join("/")
  }

  /** Compiles (once) the schema at a pointer into the document, e.g. from `responseSchemaPointer`. */
  validatorAt(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer)
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer}` })
      this.compiled.set(pointer, validate)
    }
    return validate
  }

  /**
   * Problems of one real response: empty when it matches. A documented route answering a
   * status the document does not list is a problem too (the document is the contract).
   */
  check(method: string, path: string, status: number, body: unknown): string[] {
    const found = this.find(method, path)
    if (!found) return []
    const pointer = this.responseSchemaPointer(method, found.template, status)
    if (!pointer) {
      return [
        `${method.toUpperCase()} ${found.template} answered ${status}, a status the OpenAPI document does not list`,
      ]
    }
    const validate = this.validatorAt(pointer)
    if (validate(body)) return []
    return (validate.errors ?? []).map(
      (e) =>
        `${method.toUpperCase()} ${found.template} ${status}: ${e.instancePath || "(body)"} ${e.message} ${JSON.stringify(e.params)}`
    )
  }
}
