import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { leasingSuite } from "../helpers/leasing-suite"
import { FR_ADDRESS, companyHeaders, createCart, iphoneItem } from "../helpers/leasing-cart"
import { demoVariant } from "../helpers/catalog"

jest.setTimeout(300_000)

type Ctx = { cartId: string; lineId: string; collectionId: string; optionId: string; variantId: string }
type Route = {
  name: string
  write: boolean
  method: "get" | "post" | "delete"
  path: (c: Ctx) => string
  body?: (c: Ctx) => unknown
}

// Every store route that reads or changes a cart (issue: "one guard for every store route").
const ROUTES: Route[] = [
  { name: "GET /store/carts/:id", write: false, method: "get", path: (c) => `/store/carts/${c.cartId}` },
  {
    name: "POST /store/carts/:id",
    write: true,
    method: "post",
    path: (c) => `/store/carts/${c.cartId}`,
    body: () => ({ email: "x@example.test" }),
  },
  {
    name: "POST /store/carts/:id/line-items",
    write: true,
    method: "post",
    path: (c) => `/store/carts/${c.cartId}/line-items`,
    body: (c) => ({ variant_id: c.variantId, quantity: 1 }),
  },
  {
    name: "POST /store/carts/:id/line-items/:line_id",
    write: true,
    method: "post",
    path: (c) => `/store/carts/${c.cartId}/line-items/${c.lineId}`,
    body: () => ({ quantity: 3 }),
  },
  {
    name: "DELETE /store/carts/:id/line-items/:line_id",
    write: true,
    method: "delete",
    path: (c) => `/store/carts/${c.cartId}/line-items/${c.lineId}`,
  },
  {
    name: "POST /store/carts/:id/promotions",
    write: true,
    method: "post",
    path: (c) => `/store/carts/${c.cartId}/promotions`,
    body: () => ({ promo_codes: ["NOPE"] }),
  },
  {
    name: "DELETE /store/carts/:id/promotions",
    write: true,
    method: "delete",
    path: (c) => `/store/carts/${c.cartId}/promotions`,
    body: () => ({ promo_codes: ["NOPE"] }),
  },
  {
    name: "POST /store/carts/:id/shipping-methods",
    write: true,
    method: "post",
    path: (c) => `/store/carts/${c.cartId}/shipping-methods`,
    body: (c) => ({ option_id: c.optionId }),
  },
  {
    name: "POST /store/carts/:id/taxes",
    write: true,
    method: "post",
    path: (c) => `/store/carts/${c.cartId}/taxes`,
    body: () => ({}),
  },
  {
    name: "POST /store/carts/:id/customer",
    write: true,
    method: "post",
    path: (c) => `/store/carts/${c.cartId}/customer`,
    body: () => ({}),
  },
  {
    name: "POST /store/carts/:id/complete",
    write: true,
    method: "post",
    path: (c) => `/store/carts/${c.cartId}/complete`,
    body: () => ({}),
  },
  {
    name: "POST /store/payment-collections",
    write: true,
    method: "post",
    path: () => "/store/payment-collections",
    body: (c) => ({ cart_id: c.cartId }),
  },
  {
    name: "POST /store/payment-collections/:id/payment-sessions",
    write: true,
    method: "post",
    path: (c) => `/store/payment-collections/${c.collectionId}/payment-sessions`,
    body: () => ({ provider_id: "pp_system_default" }),
  },
  {
    name: "GET /store/shipping-options?cart_id=",
    write: false,
    method: "get",
    path: (c) => `/store/shipping-options?cart_id=${c.cartId}`,
  },
  {
    name: "POST /store/shipping-options/:id/calculate",
    write: true,
    method: "post",
    path: (c) => `/store/shipping-options/${c.optionId}/calculate`,
    body: (c) => ({ cart_id: c.cartId }),
  },
]

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  /** Acme's cart with one device, an address and a payment collection (no session yet). */
  async function companyCart(): Promise<Ctx> {
    const cartId = await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS })
    const patched = await api.patch(
      `/store/carts/${cartId}`,
      { order_items: [await iphoneItem(getContainer())] },
      companyHeaders(demo)
    )
    expect(patched.status).toBe(200)
    const lineId = (await dbConnection.raw("select id from cart_line_item where cart_id = ?", [cartId])).rows[0].id
    const collection = await api.post("/store/payment-collections", { cart_id: cartId }, companyHeaders(demo))
    const { data: options } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "shipping_option",
        fields: ["id"],
        filters: { name: "Express courier (France)" },
      })
    const variantId = (await demoVariant(getContainer(), "IP16-128")).id
    return { cartId, lineId, collectionId: collection.data.payment_collection.id, optionId: options[0].id, variantId }
  }

  /** Everything a refused request could have changed. */
  async function fingerprint(cartId: string) {
    const { rows } = await dbConnection.raw(
      `select
         (select md5(row_to_json(c)::text) from cart c where id = :cart) as cart,
         (select md5(coalesce(string_agg(row_to_json(li)::text, ',' order by li.id), '')) from cart_line_item li where cart_id = :cart) as items,
         (select md5(coalesce(string_agg(row_to_json(m)::text, ',' order by m.id), '')) from cart_shipping_method m where cart_id = :cart) as methods,
         (select md5(coalesce(string_agg(row_to_json(pc)::text, ',' order by pc.id), '')) from payment_collection pc
            join cart_payment_collection l on l.payment_collection_id = pc.id where l.cart_id = :cart) as collections,
         (select count(*)::int from payment_session) as sessions,
         (select md5(row_to_json(lc)::text) from leasing_cart lc where cart_id = :cart) as leasing,
         (select count(*)::int from "order") as orders`,
      { cart: cartId }
    )
    return rows[0]
  }

  const send = (route: Route, ctx: Ctx, headers: { headers: Record<string, string> }) => {
    const path = route.path(ctx)
    const request =
      route.method === "get"
        ? api.get(path, headers)
        : route.method === "delete"
          ? api.delete(path, { ...headers, data: route.body?.(ctx) })
          : api.post(path, route.body?.(ctx) ?? {}, headers)
    return request.then(
      (r: any) => ({ status: r.status, data: r.data }),
      (e: any) => ({ status: e.response.status, data: e.response.data })
    )
  }

  it.each(ROUTES.map((r) => [r.name, r] as const))(
    "%s: only the owning company's credentials reach it",
    async (_name, route) => {
      const ctx = await companyCart()
      const before = await fingerprint(ctx.cartId)

      const callers: [string, { headers: Record<string, string> }, number, string][] = [
        ["no credentials", demo.storeHeaders, 404, "CART_NOT_FOUND"],
        ["another company's WRITE token", companyHeaders(demo, "helvetia", "WRITE"), 404, "CART_NOT_FOUND"],
        ...(route.write
          ? [
              ["the company's READ token", companyHeaders(demo, "acme", "READ"), 403, "INSUFFICIENT_SCOPE"] as [
                string,
                { headers: Record<string, string> },
                number,
                string,
              ],
            ]
          : []),
      ]
      for (const [who, headers, status, code] of callers) {
        const response = await send(route, ctx, headers)
        expect({ who, status: response.status, code: response.data?.code }).toEqual({ who, status, code })
        expect(JSON.stringify(response.data)).not.toContain(ctx.lineId)
        expect(await fingerprint(ctx.cartId)).toEqual(before)
      }

      // The owner gets through to the route (whatever the route then answers), except that a
      // company cart's device lines change only through the leasing update.
      const owner = await send(route, ctx, companyHeaders(demo, "acme", route.write ? "WRITE" : "READ"))
      if (owner.status >= 500) {
        // Core's own answer (calculating a flat-rate option): a plain cart gets the same.
        const plain = { ...ctx, cartId: await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS }) }
        expect((await send(route, plain, demo.storeHeaders)).status).toBe(owner.status)
      }
      expect(owner.data?.code).not.toBe("CART_NOT_FOUND")
      expect(owner.data?.code).not.toBe("INSUFFICIENT_SCOPE")
      if (route.name.includes("line-items")) {
        expect({ status: owner.status, code: owner.data.code }).toEqual({ status: 409, code: "DEVICE_LINE_READ_ONLY" })
        expect(await fingerprint(ctx.cartId)).toEqual(before)
      }
    }
  )

  it("no one can forge a device on a plain cart by sending metadata.leasing", async () => {
    const cartId = await createCart(api, demo)
    const variantId = (await demoVariant(getContainer(), "IP16-128")).id
    const response = await send(
      {
        name: "",
        write: true,
        method: "post",
        path: () => `/store/carts/${cartId}/line-items`,
        body: () => ({ variant_id: variantId, quantity: 1, metadata: { leasing: { acquisition_mode: "LEASING" } } }),
      },
      {} as Ctx,
      demo.storeHeaders
    )
    expect(response.status).toBe(400)
    expect(response.data.code).toBe("VALIDATION_ERROR")
    expect(
      (await dbConnection.raw("select count(*)::int as n from cart_line_item where cart_id = ?", [cartId])).rows[0].n
    ).toBe(0)
  })

  it("a plain cart stays core's: its routes answer with core's own errors, without a leasing code", async () => {
    const cartId = await createCart(api, demo)
    const variantId = (await demoVariant(getContainer(), "IP16-128")).id
    // The demo's devices have only leasing prices, so core refuses to add one as a plain line.
    const added = await send(
      {
        name: "",
        write: true,
        method: "post",
        path: () => `/store/carts/${cartId}/line-items`,
        body: () => ({ variant_id: variantId, quantity: 1 }),
      },
      {} as Ctx,
      demo.storeHeaders
    )
    expect(added.status).toBe(400)
    expect(added.data).toEqual({ type: "invalid_data", message: expect.any(String) })
    const bad = await send(
      {
        name: "",
        write: true,
        method: "post",
        path: () => `/store/carts/${cartId}`,
        body: () => ({ email: "not-an-email" }),
      },
      {} as Ctx,
      demo.storeHeaders
    )
    expect(bad.status).toBe(400)
    expect(bad.data).toEqual({ type: "invalid_data", message: expect.any(String) })
  })

  it("a deleted company's cart is not found by anyone and cannot be claimed by another company", async () => {
    const ctx = await companyCart()
    await api.delete(`/admin/leasing/companies/${demo.companies.acme.id}`, demo.adminHeaders)
    const before = await fingerprint(ctx.cartId)
    const item = await iphoneItem(getContainer())
    for (const headers of [companyHeaders(demo, "helvetia", "WRITE"), demo.storeHeaders]) {
      const patch = await send(
        {
          name: "",
          write: true,
          method: "post",
          path: () => `/store/carts/${ctx.cartId}`,
          body: () => ({ additional_data: { order_items: [item] } }),
        },
        ctx,
        headers
      )
      expect({ status: patch.status, code: patch.data.code }).toEqual({ status: 404, code: "CART_NOT_FOUND" })
    }
    const platform = await api
      .patch(`/store/carts/${ctx.cartId}`, { order_items: [item] }, companyHeaders(demo, "helvetia", "WRITE"))
      .catch((e: any) => e.response)
    expect(platform.status).toBe(404)
    expect(platform.data).toEqual({ error: "CART_NOT_FOUND", message: expect.any(String) })
    expect(await fingerprint(ctx.cartId)).toEqual(before)
  })
})
