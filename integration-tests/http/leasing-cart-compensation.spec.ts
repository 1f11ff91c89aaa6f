import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LEASING_MODULE } from "../../src/modules/leasing"
import { demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import {
  FR_ADDRESS,
  cartSnapshot,
  companyHeaders,
  createCart,
  iphoneItem,
  leasingRows,
  leasingState,
  prepareCheckout,
} from "../helpers/leasing-cart"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = () => companyHeaders(demo)
  const iphone = (country = "FR", extra: Record<string, unknown> = {}) => iphoneItem(getContainer(), country, extra)

  /** A company cart with two devices, an address, a shipping method and a payment session. */
  async function busyCart() {
    const cartId = await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS })
    await api.patch(
      `/store/carts/${cartId}`,
      { purchaser_id: demo.companies.acme.users[0].number, order_items: [await iphone(), await iphone()] },
      headers()
    )
    await prepareCheckout(api, getContainer(), cartId, headers())
    return cartId
  }

  /** An update that goes through every mutating step of the workflow. */
  async function everyStepUpdate() {
    const berlin = demo.companies.acme.addresses.find((a) => a.label === "Berlin office")!
    return {
      purchaser_id: demo.companies.acme.users[1].number,
      order_items: [
        await iphone("FR", { acquisition_mode: "BUY" }),
        await iphone("DE", { shipping_address_id: berlin.number }),
      ],
    }
  }

  // [step, module, method]: the service call each mutating step makes, failed once in turn.
  // (Payment sessions are unset last and the marker cleared after them: core's session deletion
  // is undone by new sessions with new ids, so nothing after it may fail.)
  const faults: [string, string, string][] = [
    ["leasing-begin-cart-update (purchaser and pending marker)", LEASING_MODULE, "writeLeasingCart"],
    ["leasing-add-cart-devices (one insert of lines with their leasing data)", Modules.CART, "addLineItems"],
    ["leasing-remove-cart-lines (one delete)", Modules.CART, "deleteLineItems"],
    ["update-carts (core)", Modules.CART, "updateCarts"],
    ["leasing-remove-shipping-methods-not-serving-devices", Modules.CART, "softDeleteShippingMethods"],
    ["refresh-cart-items (core: tax lines of the new devices)", Modules.CART, "upsertLineItemTaxLines"],
  ]

  describe("a failure at each mutating step leaves the cart exactly as it was", () => {
    it.each(faults)("%s", async (_step, module, method) => {
      const cartId = await busyCart()
      const before = await cartSnapshot(getContainer(), cartId)
      const rowsBefore = await leasingState(dbConnection, cartId)
      const service = getContainer().resolve(module) as any
      let called = 0
      const spy = jest.spyOn(service, method).mockRejectedValueOnce(new Error("injected failure: database went away"))

      // Medusa's route, so that core's own cart update runs too (the platform's PATCH has no core field).
      const body = { email: "purchasing@acme.test", additional_data: await everyStepUpdate() }
      const response = await failure(api.post(`/store/carts/${cartId}`, body, headers())).finally(() => {
        called = spy.mock.calls.length
        spy.mockRestore()
      })

      expect(called).toBeGreaterThan(0)
      expect(response.status).toBe(500)
      expect(response.data).toEqual(expect.objectContaining({ message: "An unknown error occurred." }))
      expect(JSON.stringify(response.data)).not.toContain("injected")
      expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
      expect(await leasingState(dbConnection, cartId)).toEqual(rowsBefore)
    })

    it.each([
      ["leasing-begin-cart-update (claim: the leasing record with its owner)", LEASING_MODULE, "createLeasingCarts"],
      ["leasing-add-cart-devices", Modules.CART, "addLineItems"],
    ])("%s, on a cart no company owned", async (_step, module, method) => {
      const cartId = await createCart(api, demo)
      const before = await cartSnapshot(getContainer(), cartId)
      const service = getContainer().resolve(module) as any
      let called = 0
      const spy = jest.spyOn(service, method).mockRejectedValueOnce(new Error("injected failure"))

      const response = await failure(
        api.patch(`/store/carts/${cartId}`, { order_items: [await iphone()] }, headers())
      ).finally(() => {
        called = spy.mock.calls.length
        spy.mockRestore()
      })

      expect(called).toBeGreaterThan(0)
      expect(response.status).toBe(500)
      expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
      // The snapshot includes the leasing record, and with it the owner: the cart is still nobody's.
      expect((before as any).leasing_cart).toBeFalsy()
      expect((await leasingRows(dbConnection, cartId)).carts).toHaveLength(0)
    })

    it("reprice-cart-devices, on a region change", async () => {
      const cartId = await busyCart()
      const before = await cartSnapshot(getContainer(), cartId)
      let called = 0
      const spy = jest
        .spyOn(getContainer().resolve(Modules.CART) as any, "updateLineItems")
        .mockRejectedValueOnce(new Error("injected failure"))

      const response = await failure(
        api.post(`/store/carts/${cartId}`, { region_id: demo.regions.chf.id }, headers())
      ).finally(() => {
        called = spy.mock.calls.length
        spy.mockRestore()
      })

      expect(called).toBeGreaterThan(0)
      expect(response.status).toBe(500)
      expect(JSON.stringify(response.data)).not.toContain("injected")
      expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
    })
  })

  describe("concurrent updates", () => {
    it("answers ten concurrent PATCHes of one cart with 200 or 409, and the cart ends as exactly one of them", async () => {
      const cartId = await createCart(api, demo)
      await api.patch(`/store/carts/${cartId}`, { order_items: [await iphone()] }, headers())
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      // Request i asks for i + 1 devices, alternating modes, so every request leaves a distinct cart.
      const bodies = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => ({
          order_items: Array.from({ length: i + 1 }, (_, j) =>
            j % 2
              ? {
                  product_id: air.catalog_number,
                  delivery_country: "FR",
                  keyboard_layout: "FRENCH_AZERTY",
                  acquisition_mode: "BUY",
                }
              : { product_id: 0, delivery_country: "FR" }
          ),
        }))
      )
      const iphoneNumber = (await iphone()).product_id
      bodies.forEach((b) =>
        b.order_items.forEach((item: any) => item.product_id === 0 && (item.product_id = iphoneNumber))
      )

      const responses = await Promise.all(
        bodies.map((body) => api.patch(`/store/carts/${cartId}`, body, headers()).catch((e: any) => e.response))
      )

      const statuses = responses.map((r) => r.status)
      expect(statuses.every((s) => s === 200 || s === 409)).toBe(true)
      expect(statuses).toContain(200)
      responses.filter((r) => r.status === 409).forEach((r) => expect(r.data.error).toBe("CART_LOCKED"))
      const rows = await leasingRows(dbConnection, cartId)
      const shape = (items: any[]) =>
        items.map((i: any) => `${i.product_id}|${i.acquisition_mode ?? "LEASING"}`).join(",")
      const finalShape = rows.lines.map((l: any) => `${l.catalog_number}|${l.acquisition_mode}`).join(",")
      const winners = bodies.filter((b, i) => statuses[i] === 200 && shape(b.order_items) === finalShape)
      expect(winners).toHaveLength(1)
      expect(rows.items).toHaveLength(rows.lines.length)
      expect(new Set(rows.lines.map((l: any) => l.line_item_id)).size).toBe(rows.lines.length)
    })
  })
})
