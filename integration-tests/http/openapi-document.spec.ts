import { OPENAPI_DOCUMENT_PATH } from "../../src/openapi/document"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

leasingSuite(({ api }) => {
  it("serves the OpenAPI 3.1 document without a publishable key or a login", async () => {
    const response = await api.get(OPENAPI_DOCUMENT_PATH)
    expect(response.status).toBe(200)
    expect(response.headers["content-type"]).toMatch(/^application\/json/)
    expect(response.data.openapi).toBe("3.1.0")
    expect(Object.keys(response.data.paths)).toEqual(
      expect.arrayContaining(["/store/carts/{id}", "/store/leasing/catalog/product-groups", "/admin/leasing/companies"])
    )
    expect(response.data.paths["/store/carts/{id}"].patch.responses["200"].content["application/json"].schema).toEqual({
      type: "object",
      required: ["data"],
      properties: { data: { $ref: "#/components/schemas/PlatformCart" } },
      additionalProperties: false,
    })
  })
})
