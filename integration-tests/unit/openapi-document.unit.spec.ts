import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { OpenApiValidator } from "../helpers/openapi-validator"
import { leasingOpenApiDocument, OPENAPI_DOCUMENT_PATH } from "../../src/openapi/document"

const API_DIR = path.join(__dirname, "../../src/api")
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"]

/** Every route file's path (`[id]` → `{id}`) and exported HTTP methods. */
function routeFiles(dir = API_DIR): { path: string; method: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return name === "__tests__" ? [] : routeFiles(full)
    if (name !== "route.ts") return []
    const route =
      "/" +
      path
        .relative(API_DIR, path.dirname(full))
        .split(path.sep)
        .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"))
        .join("/")
    const source = readFileSync(full, "utf8")
    return METHODS.filter((m) => new RegExp(`export (const|async function) ${m}\\b`).test(source)).map((method) => ({
      path: route,
      method,
    }))
  })
}

const documented = () =>
  Object.entries(leasingOpenApiDocument.paths).flatMap(([p, operations]) =>
    Object.keys(operations).map((m) => ({ path: p, method: m.toUpperCase() }))
  )
const key = (r: { path: string; method: string }) => `${r.method} ${r.path}`

describe("the OpenAPI document", () => {
  it("documents exactly the plugin's routes", () => {
    expect(documented().map(key).sort()).toEqual(routeFiles().map(key).sort())
    expect(documented().map(key)).toContain(`GET ${OPENAPI_DOCUMENT_PATH}`)
  })

  it("compiles every response schema with Ajv's JSON Schema 2020-12 build in strict mode", () => {
    const validator = new OpenApiValidator()
    let count = 0
    for (const { path: p, method } of documented()) {
      const operation: any = (leasingOpenApiDocument.paths as any)[p][method.toLowerCase()]
      for (const status of Object.keys(operation.responses)) {
        const pointer = validator.responseSchemaPointer(method, p, Number(status))
        expect(pointer).not.toBeNull()
        expect(() => validator.validatorAt(pointer!)).not.toThrow()
        count++
      }
    }
    expect(count).toBeGreaterThan(80)
  })

  it("gives each platform error code the status the plugin answers with", () => {
    const validator = new OpenApiValidator()
    // A 404 with a 400's code, or an unknown code, does not match.
    expect(validator.check("PATCH", "/store/carts/cart_1", 404, { error: "CART_NOT_FOUND", message: "No." })).toEqual(
      []
    )
    expect(
      validator.check("PATCH", "/store/carts/cart_1", 404, { error: "VALIDATION_ERROR", message: "No." })
    ).not.toEqual([])
    expect(
      validator.check("PATCH", "/store/carts/42", 400, { error: "VALIDATION_ERROR", message: "No.", detail: "x" })
    ).not.toEqual([])
    expect(validator.check("PATCH", "/store/carts/42", 418, { error: "VALIDATION_ERROR", message: "No." })).toEqual([
      "PATCH /store/carts/{id} answered 418, a status the OpenAPI document does not list",
    ])
  })

  it("checks the platform's cart view strictly and the device view of Medusa's cart loosely", () => {
    const validator = new OpenApiValidator()
    const cart = {
      id: 7,
      purchaser_id: null,
      num_devices: 1,
      rent: "44.17",
      currency: "EUR",
      devices: [{ id: 3, name: "iPhone", rent: "44.17", product_id: 12 }],
    }
    expect(validator.check("PATCH", "/store/carts/7", 200, { data: cart })).toEqual([])
    expect(validator.check("PATCH", "/store/carts/7", 200, { data: { ...cart, rent: 44.17 } })).not.toEqual([])
    const post = (leasing: unknown) =>
      validator.check("POST", "/store/carts/cart_1", 200, {
        cart: { id: "cart_1", items: [{ id: "item_1", leasing }] },
      })
    expect(post({ device_number: 3, acquisition_mode: "BUY", anything: 1 })).toEqual([])
    expect(post(null)).toEqual([])
    expect(post({ device_number: "3" })).not.toEqual([])
  })
})
