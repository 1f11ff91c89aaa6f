import { MedusaRequest, MedusaResponse, validateAndTransformBody } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateCartWorkflowId } from "@medusajs/medusa/core-flows"
import { leasingSuite } from "../helpers/leasing-suite"
import { signUpCustomer } from "../helpers/store-customer"
import { FR_ADDRESS, createCart, iphoneItem } from "../helpers/leasing-cart"

// Core's own validator of `POST /store/carts/:id`, as core's middlewares use it.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { StoreUpdateCart } = require("@medusajs/medusa/api/store/carts/validators")

jest.setTimeout(300_000)

type Answer = { status: number; data: any }
const answer = (request: Promise<any>): Promise<Answer> =>
  request.then(
    (r) => ({ status: r.status, data: r.data }),
    (e) => {
      if (!e.response) throw e
      return { status: e.response.status, data: e.response.data }
    }
  )

/** Core's answer to a body its validator refuses: core's error handler answers 400 `{ type, message }`. */
async function coreValidation(body: unknown): Promise<Answer> {
  const req = { body } as MedusaRequest
  const error: any = await new Promise((resolve) =>
    validateAndTransformBody(StoreUpdateCart)(req, {} as MedusaResponse, resolve as any)
  )
  return error
    ? { status: 400, data: { type: error.type, message: error.message } }
    : { status: 200, data: req.validatedBody }
}

/** A cart's answer with ids and timestamps named by position, so that two twin carts compare. */
function comparable(cart: any, ids = new Map<string, string>()): any {
  if (Array.isArray(cart)) return cart.map((c) => comparable(c, ids))
  if (cart && typeof cart === "object") {
    return Object.fromEntries(
      Object.entries(cart).map(([key, value]) => {
        if (typeof value === "string" && (key === "id" || key.endsWith("_id")) && /^[a-z]+_[0-9A-Z]+$/.test(value)) {
          if (!ids.has(value)) ids.set(value, `<${key}#${ids.size}>`)
          return [key, ids.get(value)]
        }
        if (/_at$/.test(key) && value) return [key, "<time>"]
        return [key, comparable(value, ids)]
      })
    )
  }
  return cart
}

/**
 * A cart no company owns answers every Medusa request exactly as core does, with the plugin
 * installed: the same status, body and fields (items' metadata included), core's validation
 * messages, and the same state as core's own update workflow leaves.
 */
leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  /** A plain storefront cart with one line of core's (custom price, its own metadata). */
  async function plainCartWithLine() {
    const cartId = await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS })
    await getContainer()
      .resolve(Modules.CART)
      .addLineItems([
        { cart_id: cartId, title: "Gift wrap", unit_price: 5, quantity: 2, metadata: { note: "blue paper" } },
      ])
    return cartId
  }
  const leasingRecords = async (cartId: string) =>
    (await dbConnection.raw("select company_id from leasing_cart where cart_id = ? and deleted_at is null", [cartId]))
      .rows

  async function linkedCustomer(userIndex: number, email: string) {
    const customer = await signUpCustomer(api, demo.publishableKey, email)
    const user = demo.companies.acme.users[userIndex]
    await api.post(
      `/admin/leasing/companies/${demo.companies.acme.id}/users/${user.id}`,
      { customer_id: customer.customerId },
      demo.adminHeaders
    )
    return { ...customer, headers: demo.storeHeadersWith({ authorization: `Bearer ${customer.token}` }) }
  }

  it("POST /store/carts/:id answers with core's default fields (items' metadata included): the same body as core's GET", async () => {
    const cartId = await plainCartWithLine()
    for (const [body, query] of [
      [{ email: "plain@example.test" }, ""],
      [{ metadata: { colour: "green" } }, ""],
      [{ email: "other@example.test" }, "?fields=id,email,*items"],
      [{ email: "third@example.test" }, "?fields=+metadata"],
    ] as const) {
      const posted = await answer(api.post(`/store/carts/${cartId}${query}`, body, demo.storeHeaders))
      const got = await answer(api.get(`/store/carts/${cartId}${query}`, demo.storeHeaders))
      expect(posted.status).toBe(200)
      expect(posted).toEqual(got)
      expect(JSON.stringify(posted.data)).not.toContain("leasing")
    }
    const { data } = await answer(api.post(`/store/carts/${cartId}`, { email: "x@example.test" }, demo.storeHeaders))
    expect(data.cart.items).toEqual([expect.objectContaining({ title: "Gift wrap", metadata: { note: "blue paper" } })])
  })

  it("leaves the same cart as core's own update workflow on a twin cart", async () => {
    const [viaRoute, viaCore] = [await plainCartWithLine(), await plainCartWithLine()]
    const update = { email: "twin@example.test", metadata: { a: 1 }, billing_address: FR_ADDRESS }
    expect((await answer(api.post(`/store/carts/${viaRoute}`, update, demo.storeHeaders))).status).toBe(200)
    await getContainer()
      .resolve(Modules.WORKFLOW_ENGINE)
      .run(updateCartWorkflowId, { input: { ...update, id: viaCore } })
    const [routeCart, coreCart] = await Promise.all(
      [viaRoute, viaCore].map(async (id) =>
        comparable(
          (
            await answer(
              api.get(
                `/store/carts/${id}?fields=*items,*billing_address,*shipping_address,+metadata`,
                demo.storeHeaders
              )
            )
          ).data
        )
      )
    )
    expect(routeCart).toEqual(coreCart)
  })

  it.each([
    ["additional_data of the wrong type", { additional_data: "not-a-record" }],
    ["additional_data as a list", { additional_data: [1, 2] }],
    ["an unknown field", { colour: "green" }],
    ["a malformed email", { email: "not-an-email" }],
    ["metadata of the wrong type", { metadata: "x" }],
  ])("%s: core's own validation answer, word for word", async (_name, body) => {
    const cartId = await plainCartWithLine()
    const before = await answer(api.get(`/store/carts/${cartId}`, demo.storeHeaders))
    const core = await coreValidation(body)
    expect(core.status).toBe(400)
    expect(await answer(api.post(`/store/carts/${cartId}`, body, demo.storeHeaders))).toEqual(core)
    expect(await answer(api.get(`/store/carts/${cartId}`, demo.storeHeaders))).toEqual(before)
  })

  it("keeps a host's own additional_data keys for core's hooks, as core's validator does", async () => {
    const core = await coreValidation({ additional_data: { loyalty_id: "L-1", nested: { x: 1 } } })
    expect(core).toEqual({ status: 200, data: { additional_data: { loyalty_id: "L-1", nested: { x: 1 } } } })
    const cartId = await plainCartWithLine()
    const posted = await answer(
      api.post(`/store/carts/${cartId}`, { additional_data: { loyalty_id: "L-1" } }, demo.storeHeaders)
    )
    expect(posted.status).toBe(200)
    expect(await leasingRecords(cartId)).toEqual([])
  })

  describe("8. a customer linked to a company keeps their personal carts", () => {
    it("an EMPLOYEE-linked customer's plain cart answers as core's (no 403) and stays plain", async () => {
      const employee = await linkedCustomer(1, "hugo@storefront.test")
      const cartId = await plainCartWithLine()
      const posted = await answer(
        api.post(`/store/carts/${cartId}`, { email: "hugo@storefront.test" }, employee.headers)
      )
      expect(posted.status).toBe(200)
      expect(posted).toEqual(await answer(api.get(`/store/carts/${cartId}`, employee.headers)))
      const bad = await answer(api.post(`/store/carts/${cartId}`, { additional_data: "x" }, employee.headers))
      expect(bad).toEqual(await coreValidation({ additional_data: "x" }))
      expect(await leasingRecords(cartId)).toEqual([])
    })

    it("an ADMIN-linked customer's personal cart is claimed only by an update carrying leasing data", async () => {
      const admin = await linkedCustomer(0, "camille@storefront.test")
      const cartId = await plainCartWithLine()
      const plain = await answer(
        api.post(`/store/carts/${cartId}`, { email: "camille@storefront.test" }, admin.headers)
      )
      expect(plain.status).toBe(200)
      expect(plain).toEqual(await answer(api.get(`/store/carts/${cartId}`, admin.headers)))
      expect(await leasingRecords(cartId)).toEqual([])

      const claimed = await answer(
        api.post(
          `/store/carts/${cartId}`,
          { additional_data: { order_items: [await iphoneItem(getContainer())] } },
          admin.headers
        )
      )
      expect(claimed.status).toBe(200)
      expect(await leasingRecords(cartId)).toEqual([{ company_id: demo.companies.acme.id }])
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "cart", fields: ["items.metadata"], filters: { id: cartId } })
      expect(data[0].items.filter((i: any) => i?.metadata?.leasing)).toHaveLength(1)
    })
  })
})
