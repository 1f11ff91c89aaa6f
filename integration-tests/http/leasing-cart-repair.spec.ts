import repairInterruptedLeasingCarts from "../../src/jobs/repair-interrupted-leasing-carts"
import { leasingSuite } from "../helpers/leasing-suite"
import { FR_ADDRESS, companyHeaders, createCart, iphoneItem, leasingRows } from "../helpers/leasing-cart"

jest.setTimeout(180_000)

// An update interrupted by a crash, rebuilt with SQL as the kill left it: the pending marker set,
// and the cart's lines as they were at that moment.
leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = () => companyHeaders(demo)
  const iphone = (extra: Record<string, unknown> = {}) => iphoneItem(getContainer(), "FR", extra)

  const lineRows = async (ids: string[]) =>
    (await dbConnection.raw("select row_to_json(li) as row from cart_line_item li where id = any(?)", [ids])).rows.map(
      (r: any) => r.row
    )
  const reinsert = async (rows: unknown[]) => {
    for (const row of rows) {
      await dbConnection.raw(
        "insert into cart_line_item select * from json_populate_record(null::cart_line_item, ?::json)",
        [JSON.stringify(row)]
      )
    }
  }
  const markPending = (cartId: string, previous: string[], target: string[]) =>
    dbConnection.raw("update leasing_cart set pending_update = ?::jsonb where cart_id = ?", [
      JSON.stringify({
        started_at: new Date(Date.now() - 60_000).toISOString(),
        previous_item_ids: previous,
        target_item_ids: target,
      }),
      cartId,
    ])
  const state = async (cartId: string) => {
    const rows = await leasingRows(dbConnection, cartId)
    const marker = (
      await dbConnection.raw("select pending_update, device_order from leasing_cart where cart_id = ?", [cartId])
    ).rows[0]
    const taxLines = (
      await dbConnection.raw(
        "select count(*)::int as n from cart_line_item_tax_line t join cart_line_item li on li.id = t.item_id where li.cart_id = ? and t.deleted_at is null",
        [cartId]
      )
    ).rows[0].n
    const sessions = (
      await dbConnection.raw(
        "select count(*)::int as n from payment_session s join cart_payment_collection l on l.payment_collection_id = s.payment_collection_id where l.cart_id = ? and s.deleted_at is null",
        [cartId]
      )
    ).rows[0].n
    return { rows, marker, taxLines, sessions }
  }
  async function withPaymentSession(cartId: string) {
    const collection = await api.post("/store/payment-collections", { cart_id: cartId }, headers())
    await api.post(
      `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      headers()
    )
  }

  /** A cart that had two leased iPhones and was being moved to two bought ones. */
  async function interruptedCart() {
    const cartId = await createCart(api, demo, "eur", { shipping_address: FR_ADDRESS })
    await api.patch(`/store/carts/${cartId}`, { order_items: [await iphone(), await iphone()] }, headers())
    const old = (await leasingRows(dbConnection, cartId)).lines.map((l: any) => l.line_item_id)
    const oldRows = await lineRows(old)
    await api.patch(
      `/store/carts/${cartId}`,
      { order_items: [await iphone({ acquisition_mode: "BUY" }), await iphone({ acquisition_mode: "BUY" })] },
      headers()
    )
    const fresh = (await leasingRows(dbConnection, cartId)).lines.map((l: any) => l.line_item_id)
    await withPaymentSession(cartId)
    return { cartId, old, oldRows, fresh }
  }

  it("finishes an update killed after its new devices were written: the old ones go, taxes and sessions follow", async () => {
    const { cartId, old, oldRows, fresh } = await interruptedCart()
    await reinsert(oldRows) // the kill came before the old lines were deleted
    await markPending(cartId, old, fresh)

    const view = await api.get(`/store/leasing/carts/${cartId}`, headers())

    expect(view.status).toBe(200)
    expect(view.data.data.num_devices).toBe(2)
    expect(view.data.data.rent).toBe("0.00")
    const after = await state(cartId)
    expect(after.rows.lines.map((l: any) => l.line_item_id).sort()).toEqual([...fresh].sort())
    expect(after.rows.items).toHaveLength(2)
    expect(after.marker).toEqual({ pending_update: null, device_order: fresh })
    expect(after.taxLines).toBe(2)
    expect(after.sessions).toBe(0)
  })

  it("undoes an update killed before its new devices were written: the old ones stay", async () => {
    const { cartId, old, oldRows, fresh } = await interruptedCart()
    await dbConnection.raw("delete from cart_line_item where id = any(?)", [fresh])
    await reinsert(oldRows) // back to the old lines, without their tax lines
    await markPending(cartId, old, ["cali_never_written_1", "cali_never_written_2"])

    const response = await api.post(`/store/carts/${cartId}`, {}, headers())

    expect(response.status).toBe(200)
    expect(response.data.cart.leasing.num_devices).toBe(2)
    const after = await state(cartId)
    expect(after.rows.lines.map((l: any) => l.line_item_id).sort()).toEqual([...old].sort())
    expect(after.rows.lines.every((l: any) => l.acquisition_mode === "LEASING")).toBe(true)
    expect(after.marker.pending_update).toBeNull()
    expect(after.taxLines).toBe(2)
    expect(after.sessions).toBe(0)
  })

  it("removes a line that is not a device, a leftover of an earlier failure, and never counts it", async () => {
    const { cartId, fresh } = await interruptedCart()
    const [stray] = await lineRows([fresh[0]])
    await reinsert([{ ...stray, id: "cali_stray_plain_line", metadata: null }])
    await markPending(cartId, fresh, fresh)

    const patched = await api.patch(
      `/store/carts/${cartId}`,
      { purchaser_id: demo.companies.acme.users[0].number },
      headers()
    )

    expect(patched.status).toBe(200)
    expect(patched.data.data.num_devices).toBe(2)
    const after = await state(cartId)
    expect(after.rows.items.map((i: any) => i.id).sort()).toEqual([...fresh].sort())
    expect(after.marker.pending_update).toBeNull()
  })

  it("is repaired by the scheduled job when nobody touches the cart again", async () => {
    const { cartId, old, oldRows, fresh } = await interruptedCart()
    await reinsert(oldRows)
    await markPending(cartId, old, fresh)

    await repairInterruptedLeasingCarts(getContainer())

    const after = await state(cartId)
    expect(after.marker.pending_update).toBeNull()
    expect(after.rows.lines.map((l: any) => l.line_item_id).sort()).toEqual([...fresh].sort())
    expect(after.sessions).toBe(0)
  })
})
