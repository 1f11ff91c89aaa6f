import { Modules } from "@medusajs/framework/utils"
import { companyHeaders, createCart, iphoneItem } from "../helpers/leasing-cart"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

// A device change runs only the parts of core's refresh it can move (refresh-cart-after-devices.ts):
// promotions are recomputed only when the cart has a code or the store has an automatic promotion.
// These tests pin both cases to what core's whole refresh gives: the new bought lines get their
// adjustment and the cart keeps its code; leased lines (0, not discountable) never get one.
leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = () => companyHeaders(demo)
  const bought = () => iphoneItem(getContainer(), "FR", { acquisition_mode: "BUY" })
  const leased = () => iphoneItem(getContainer(), "FR", { acquisition_mode: "LEASING" })
  const createPromotion = (code: string, is_automatic: boolean) =>
    getContainer()
      .resolve(Modules.PROMOTION)
      .createPromotions({
        code,
        type: "standard",
        status: "active",
        is_automatic,
        application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 },
      })
  const adjustments = async (cartId: string) =>
    (
      await dbConnection.raw(
        `select li.metadata->'leasing'->>'acquisition_mode' as mode, li.unit_price::float as unit_price, a.code, a.amount::float as amount
           from cart_line_item li left join cart_line_item_adjustment a on a.item_id = li.id and a.deleted_at is null
          where li.cart_id = ? and li.deleted_at is null order by li.created_at, li.id`,
        [cartId]
      )
    ).rows
  const cartCodes = async (cartId: string) =>
    (
      await dbConnection.raw(
        `select p.code from cart_promotion cp join promotion p on p.id = cp.promotion_id
          where cp.cart_id = ? and cp.deleted_at is null order by p.code`,
        [cartId]
      )
    ).rows.map((r: { code: string }) => r.code)

  describe("a device change on a cart with a promotion code", () => {
    it("gives every new bought line the code's adjustment and keeps the code on the cart", async () => {
      await createPromotion("TENOFF", false)
      const cartId = await createCart(api, demo)
      await api.patch(`/store/carts/${cartId}`, { order_items: [await bought()] }, headers())
      const applied = await api.post(`/store/carts/${cartId}`, { promo_codes: ["TENOFF"] }, headers())
      expect(applied.status).toBe(200)

      const response = await api.patch(
        `/store/carts/${cartId}`,
        { order_items: [await bought(), await bought(), await leased()] },
        headers()
      )

      expect(response.status).toBe(200)
      const rows = await adjustments(cartId)
      expect(rows).toHaveLength(3)
      for (const row of rows.filter((r: any) => r.mode === "BUY")) {
        expect(row).toEqual(
          expect.objectContaining({ code: "TENOFF", amount: expect.closeTo(row.unit_price * 0.1, 2) })
        )
      }
      expect(rows.filter((r: any) => r.mode === "BUY")).toHaveLength(2)
      expect(rows.find((r: any) => r.mode === "LEASING")).toEqual(
        expect.objectContaining({ unit_price: 0, code: null })
      )
      expect(await cartCodes(cartId)).toEqual(["TENOFF"])
    })
  })

  describe("a device change while the store has an automatic promotion", () => {
    it("applies it to the new bought line of a cart that names no code", async () => {
      await createPromotion("AUTO10", true)
      const cartId = await createCart(api, demo)

      const response = await api.patch(`/store/carts/${cartId}`, { order_items: [await bought()] }, headers())

      expect(response.status).toBe(200)
      const [row] = await adjustments(cartId)
      expect(row).toEqual(
        expect.objectContaining({ mode: "BUY", code: "AUTO10", amount: expect.closeTo(row.unit_price * 0.1, 2) })
      )
      expect(await cartCodes(cartId)).toEqual(["AUTO10"])
    })
  })

  describe("a device change on a cart without promotions", () => {
    it("writes no adjustment", async () => {
      const cartId = await createCart(api, demo)

      const response = await api.patch(
        `/store/carts/${cartId}`,
        { order_items: [await bought(), await leased()] },
        headers()
      )

      expect(response.status).toBe(200)
      expect((await adjustments(cartId)).map((r: any) => r.code)).toEqual([null, null])
      expect(await cartCodes(cartId)).toEqual([])
    })
  })
})
