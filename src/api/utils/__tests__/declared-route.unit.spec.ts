import { declaredRoute, isOnRoute, isUnder, pathIsOnRoute } from "../declared-route"

const req = (originalUrl: string) => ({ originalUrl, url: originalUrl }) as any

describe("declared-route", () => {
  it("matches routes in any letter case, as Express routes them", () => {
    for (const path of [
      "/store/carts/cart_1/line-items/li_1",
      "/store/carts/cart_1/LINE-ITEMS/li_1",
      "/Store/Carts/cart_1/Line-Items/li_1/",
      "/store/carts/cart_1/line-items/li_1?x=1",
    ]) {
      expect({ path, on: isOnRoute(req(path), "/store/carts/:id/line-items/:line_id") }).toEqual({ path, on: true })
      expect({ path, under: isUnder(req(path), "/store/carts/:id/line-items") }).toEqual({ path, under: true })
    }
    expect(isOnRoute(req("/store/carts/cart_1/line-items"), "/store/carts/:id/line-items/:line_id")).toBe(false)
    expect(isUnder(req("/store/carts/cart_1/line-itemsX"), "/store/carts/:id/line-items")).toBe(false)
  })

  it("compares decoded segments, and an encoded slash stays inside its parameter", () => {
    expect(isUnder(req("/store/carts/cart_1/line%2Ditems/li_1"), "/store/carts/:id/line-items")).toBe(true)
    expect(isOnRoute(req("/store/carts/a%2Fb"), "/store/carts/:id")).toBe(true)
    expect(isOnRoute(req("/store/carts/%ff"), "/store/carts/:id")).toBe(true)
    expect(isOnRoute(req("/store/carts//"), "/store/carts/:id")).toBe(false)
  })

  it("names the first declared route a request is on; OpenAPI templates too", () => {
    const routes = ["/store/carts/:id/complete", "/store/carts/:id"] as const
    expect(declaredRoute(req("/STORE/CARTS/c/COMPLETE"), routes)).toBe("/store/carts/:id/complete")
    expect(declaredRoute(req("/store/carts/c"), routes)).toBe("/store/carts/:id")
    expect(declaredRoute(req("/store/carts"), routes)).toBeUndefined()
    expect(pathIsOnRoute("/STORE/LEASING/variants/12/pricing", "/store/leasing/variants/{id}/pricing")).toBe(true)
    expect(isUnder(req("/ADMIN/Leasing/companies"), "/admin/leasing")).toBe(true)
    expect(isUnder(req("/admin/leasingx"), "/admin/leasing")).toBe(false)
  })
})
