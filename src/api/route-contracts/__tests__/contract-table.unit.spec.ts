import { MedusaRequest } from "@medusajs/framework/http"
import { answeringContract, declaredContractOf } from "../contract-table"

const req = (method: string, originalUrl: string, extra: Partial<MedusaRequest> = {}) =>
  ({ method, originalUrl, url: originalUrl, ...extra }) as MedusaRequest

describe("the contract a route declares in its middlewares.ts entry", () => {
  it.each([
    ["PATCH", "/store/carts/cart_1", "platform"],
    ["PATCH", "/STORE/Carts/cart_1/", "platform"],
    ["POST", "/store/carts/cart_1/validate", "platform"],
    ["POST", "/store/carts/cart_1", "core-unless-company"],
    ["POST", "/store/carts/cart_1/complete", "core-unless-company"],
    ["GET", "/store/carts/cart_1/validate", "core-unless-company"],
    ["POST", "/store/carts/cart_1/line-items", "core-unless-company"],
    ["POST", "/store/carts", "core-unless-company"],
    ["GET", "/store/leasing/users", "platform"],
    ["HEAD", "/store/leasing/users", "platform"],
    ["DELETE", "/store/leasing/no-such-route", "platform"],
    ["GET", "/store/leasing/catalog/product-groups", "platform"],
    ["POST", "/ADMIN/Leasing/companies", "medusa"],
    ["GET", "/store/orders/order_1/transfer", "core-unless-company"],
    ["POST", "/store/returns", "core-unless-company"],
    ["POST", "/store/payment-collections", "core-unless-company"],
    ["GET", "/store/products", undefined],
    ["GET", "/store/leasingx", undefined],
  ])("%s %s: %s", (method, path, contract) => {
    expect(declaredContractOf(req(method, path))).toBe(contract)
  })

  it("answers in what the request recorded, not its path", () => {
    expect(answeringContract(req("GET", "/store/products", { leasing_contract: "platform" }))).toBe("platform")
    expect(answeringContract(req("PATCH", "/store/carts/cart_1", { leasing_contract: "medusa" }))).toBe("medusa")
  })

  it("keeps core's answer on a Medusa route unless the request is a company's", () => {
    expect(answeringContract(req("POST", "/store/carts/cart_1"))).toBe("core")
    expect(answeringContract(req("POST", "/store/carts/cart_1", { leasing_cart_id: "cart_1" }))).toBe("medusa")
    expect(answeringContract(req("GET", "/store/orders/o_1", { leasing_order_id: "o_1" }))).toBe("medusa")
    const token = { company_id: "c", scope: "READ", via: "api_token", credential_id: "t" } as const
    expect(answeringContract(req("POST", "/store/carts/cart_1", { leasing_caller: token }))).toBe("medusa")
    const customer = { ...token, via: "customer" } as const
    expect(answeringContract(req("POST", "/store/carts/cart_1", { leasing_caller: customer }))).toBe("core")
    const leasingData = { body: { additional_data: { order_items: [] } } } as Partial<MedusaRequest>
    expect(answeringContract(req("POST", "/store/carts/cart_1", leasingData))).toBe("medusa")
    // A route that declares nothing follows the same rule.
    expect(answeringContract(req("GET", "/store/products"))).toBe("core")
    expect(answeringContract(req("POST", "/store/customers", leasingData))).toBe("medusa")
  })
})
