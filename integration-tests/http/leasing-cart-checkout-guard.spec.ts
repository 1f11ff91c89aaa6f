import { failure } from "../helpers/demo-fixture"
import { leasingSuite } from "../helpers/leasing-suite"
import {
  FR_ADDRESS,
  companyHeaders,
  createCart,
  iphoneItem,
  leasingRows,
  prepareCheckout,
} from "../helpers/leasing-cart"

jest.setTimeout(180_000)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = () => companyHeaders(demo)

  /** A leasing cart ready for checkout: devices, address, shipping method, authorisable payment session. */
  async function payableCart() {
    const cartId = await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS, email: "buyer@acme.test" })
    const iphone = await iphoneItem(getContainer(), "FR", { acquisition_mode: "BUY" })
    await api.patch(
      `/store/carts/${cartId}`,
      { purchaser_id: demo.companies.acme.users[0].number, order_items: [iphone, iphone] },
      headers()
    )
    await prepareCheckout(api, getContainer(), cartId, headers())
    return cartId
  }
  const orders = async () => (await dbConnection.raw(`select count(*)::int as n from "order"`)).rows[0].n
  const completedAt = async (cartId: string) =>
    (await dbConnection.raw("select completed_at from cart where id = ?", [cartId])).rows[0].completed_at

  it("completes a consistent leasing cart into an order", async () => {
    const cartId = await payableCart()
    const response = await api.post(`/store/carts/${cartId}/complete`, {}, headers())
    expect(response.status).toBe(200)
    expect(response.data.type).toBe("order")
    expect(response.data.order.items).toHaveLength(2)
    // Core copies line metadata onto the order: each order line keeps its device's leasing data.
    expect(response.data.order.items.every((i: any) => i.metadata?.leasing?.acquisition_mode === "BUY")).toBe(true)
  })

  const broken: [string, string, (cartId: string) => Promise<unknown>][] = [
    [
      "an update is pending (the server died mid-update, repair not yet run)",
      "CART_UPDATE_PENDING",
      async (cartId) => {
        const ids = (await leasingRows(dbConnection, cartId)).lines.map((l: any) => l.line_item_id)
        await dbConnection.raw("update leasing_cart set pending_update = ?::jsonb where cart_id = ?", [
          JSON.stringify({ started_at: new Date().toISOString(), previous_item_ids: ids, target_item_ids: ids }),
          cartId,
        ])
      },
    ],
    [
      "a line without leasing data",
      "CART_INCONSISTENT",
      (cartId) =>
        dbConnection.raw(
          "update cart_line_item set metadata = null where id = (select id from cart_line_item where cart_id = ? limit 1)",
          [cartId]
        ),
    ],
    [
      "a device without tax lines",
      "CART_INCONSISTENT",
      (cartId) =>
        dbConnection.raw(
          "delete from cart_line_item_tax_line where item_id = (select id from cart_line_item where cart_id = ? limit 1)",
          [cartId]
        ),
    ],
    [
      "a payment collection for another amount than the cart's total",
      "CART_INCONSISTENT",
      (cartId) =>
        dbConnection.raw(
          'update payment_collection set amount = 1, raw_amount = \'{"value": "1", "precision": 20}\' where id = (select payment_collection_id from cart_payment_collection where cart_id = ?)',
          [cartId]
        ),
    ],
  ]

  it.each(broken)("refuses checkout when %s, and creates no order", async (_case, code, breakIt) => {
    const cartId = await payableCart()
    await breakIt(cartId)
    const ordersBefore = await orders()

    const response = await failure(api.post(`/store/carts/${cartId}/complete`, {}, headers()))

    expect(response.status).toBe(409)
    expect(response.data).toEqual({ type: "conflict", code, message: expect.any(String) })
    expect(await orders()).toBe(ordersBefore)
    expect(await completedAt(cartId)).toBeNull()
  })

  it("repairs a pending update it refuses, so the buyer can pay again and complete", async () => {
    const cartId = await payableCart()
    const ids = (await leasingRows(dbConnection, cartId)).lines.map((l: any) => l.line_item_id)
    await dbConnection.raw("update leasing_cart set pending_update = ?::jsonb where cart_id = ?", [
      JSON.stringify({ started_at: new Date().toISOString(), previous_item_ids: ids, target_item_ids: ids }),
      cartId,
    ])
    await failure(api.post(`/store/carts/${cartId}/complete`, {}, headers()))
    const marker = (await dbConnection.raw("select pending_update from leasing_cart where cart_id = ?", [cartId]))
      .rows[0]
    expect(marker.pending_update).toBeNull()

    const collection = (await api.get(`/store/carts/${cartId}?fields=payment_collection.id`, headers())).data.cart
      .payment_collection
    await api.post(
      `/store/payment-collections/${collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      headers()
    )
    expect((await api.post(`/store/carts/${cartId}/complete`, {}, headers())).data.type).toBe("order")
  })
})
