import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { demoVariant } from "../helpers/catalog"
import { failure } from "../helpers/demo-fixture"
import {
  DE_ADDRESS,
  FR_ADDRESS,
  cartSnapshot,
  companyHeaders,
  createCart,
  iphoneItem,
  leasingRows,
} from "../helpers/leasing-cart"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(120_000)

leasingSuite(({ api, getContainer, dbConnection, demo }) => {
  const headers = () => companyHeaders(demo)
  const iphone = (country = "FR", extra: Record<string, unknown> = {}) => iphoneItem(getContainer(), country, extra)
  const cartWithDevices = async (items: unknown[], body: Record<string, unknown> = {}) => {
    const cartId = await createCart(api, demo, "eur", body)
    await api.patch(`/store/carts/${cartId}`, { order_items: items }, headers())
    return cartId
  }
  const shippingOption = async (name: string) => {
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "shipping_option",
        fields: ["id"],
        filters: { name },
      })
    return data[0].id as string
  }
  const methods = async (cartId: string) =>
    (
      await dbConnection.raw(
        "select name from cart_shipping_method where cart_id = ? and deleted_at is null order by name",
        [cartId]
      )
    ).rows.map((r: any) => r.name)

  describe("region change", () => {
    it("re-prices the leasing lines in the new currency instead of deleting them (EUR to CHF)", async () => {
      const air = await demoVariant(getContainer(), "MBA13-M3-16-256")
      const cartId = await cartWithDevices([
        await iphone(),
        { product_id: air.catalog_number, delivery_country: "FR", keyboard_layout: "SWISS_QWERTZ" },
        await iphone("FR", { acquisition_mode: "BUY" }),
      ])
      const before = await leasingRows(dbConnection, cartId)

      const response = await api.post(`/store/carts/${cartId}`, { region_id: demo.regions.chf.id }, headers())

      expect(response.status).toBe(200)
      expect(response.data.cart.currency_code).toBe("chf")
      const after = await leasingRows(dbConnection, cartId)
      // The same devices, only their prices (rent in the metadata, purchase price in unit_price) re-priced.
      const withoutPrices = (lines: any[]) =>
        lines.map(({ leasing: { monthly_rent: _r, ...leasing }, monthly_rent: _m, unit_price: _u, ...line }) => ({
          ...line,
          leasing,
        }))
      expect(withoutPrices(after.lines)).toEqual(withoutPrices(before.lines))
      expect(after.items.map((i: any) => i.id).sort()).toEqual(before.items.map((i: any) => i.id).sort())
      const priceOf = (rows: any, lineIndex: number) =>
        rows.lines[lineIndex].monthly_rent ?? rows.lines[lineIndex].unit_price
      // iPhone 16 128 GB: 44.65 CHF a month; MacBook Air, Swiss layout: 43.90 CHF; iPhone bought: 929.99 CHF.
      expect([priceOf(after, 0), priceOf(after, 1), priceOf(after, 2)]).toEqual([44.65, 43.9, 929.99])
      expect(response.data.cart.leasing).toEqual(
        expect.objectContaining({ monthly_rent: "88.55", one_time_total: "929.99", currency: "CHF" })
      )
    })

    it("refuses a region in whose currency a device has no price, and changes nothing", async () => {
      const variant = await demoVariant(getContainer(), "IP16-128")
      await api.post(
        `/admin/leasing/variants/${variant.id}/offer`,
        {
          available_countries: ["FR", "DE", "US"],
          has_keyboard: false,
          prices: [
            { acquisition_mode: "LEASING", currency_code: "eur", amount: 30 },
            { acquisition_mode: "LEASING", currency_code: "chf", amount: 29 },
          ],
        },
        demo.adminHeaders
      )
      const cartId = await cartWithDevices([await iphone()])
      const before = await cartSnapshot(getContainer(), cartId)

      const response = await failure(api.post(`/store/carts/${cartId}`, { region_id: demo.regions.usd.id }, headers()))

      expect(response.status).toBe(404)
      expect(response.data).toEqual(expect.objectContaining({ code: "PRODUCT_PRICING_UNAVAILABLE", type: "not_found" }))
      expect(await cartSnapshot(getContainer(), cartId)).toEqual(before)
    })
  })

  describe("payment sessions", () => {
    it("are unset by every successful update, and the collection follows the new total", async () => {
      const cartId = await cartWithDevices([await iphone()])
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, headers())
      const collectionId = collection.data.payment_collection.id
      await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: "pp_system_default" },
        headers()
      )
      const sessions = async () =>
        (
          await dbConnection.raw(
            "select count(*)::int as n from payment_session where payment_collection_id = ? and deleted_at is null",
            [collectionId]
          )
        ).rows[0].n
      expect(await sessions()).toBe(1)

      // An update that does not change the total unsets them too.
      await api.post(`/store/carts/${cartId}`, { email: "it@acme.test" }, headers())
      expect(await sessions()).toBe(0)

      await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: "pp_system_default" },
        headers()
      )
      const response = await api.patch(
        `/store/carts/${cartId}`,
        { order_items: [await iphone(), await iphone()] },
        headers()
      )
      expect(response.status).toBe(200)
      expect(await sessions()).toBe(0)
      const [{ amount }] = (
        await dbConnection.raw("select amount::float as amount from payment_collection where id = ?", [collectionId])
      ).rows
      const cart = await api.get(`/store/carts/${cartId}?fields=total`, headers())
      expect(amount).toBeCloseTo(cart.data.cart.total, 2)
    })
  })

  describe("shipping methods", () => {
    it("removes a method whose option no longer serves the address and keeps a valid one", async () => {
      const express = await cartWithDevices([await iphone()], { shipping_address: FR_ADDRESS })
      const standard = await cartWithDevices([await iphone()], { shipping_address: FR_ADDRESS })
      await api.post(
        `/store/carts/${express}/shipping-methods`,
        { option_id: await shippingOption("Express courier (France)") },
        headers()
      )
      await api.post(
        `/store/carts/${standard}/shipping-methods`,
        { option_id: await shippingOption("Standard delivery (EU)") },
        headers()
      )
      expect(await methods(express)).toEqual(["Express courier (France)"])

      await api.post(`/store/carts/${express}`, { shipping_address: DE_ADDRESS }, headers())
      await api.post(`/store/carts/${standard}`, { shipping_address: DE_ADDRESS }, headers())

      expect(await methods(express)).toEqual([])
      expect(await methods(standard)).toEqual(["Standard delivery (EU)"])
    })

    it("removes a method that does not serve a device's delivery country", async () => {
      const cartId = await cartWithDevices([await iphone()], { shipping_address: FR_ADDRESS })
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: await shippingOption("Express courier (France)") },
        headers()
      )
      const berlin = demo.companies.acme.addresses.find((a) => a.label === "Berlin office")!

      await api.patch(
        `/store/carts/${cartId}`,
        { order_items: [await iphone(), await iphone("DE", { shipping_address_id: berlin.number })] },
        headers()
      )

      expect(await methods(cartId)).toEqual([])
      const standard = await cartWithDevices([await iphone()], { shipping_address: FR_ADDRESS })
      await api.post(
        `/store/carts/${standard}/shipping-methods`,
        { option_id: await shippingOption("Standard delivery (EU)") },
        headers()
      )
      await api.patch(
        `/store/carts/${standard}`,
        { order_items: [await iphone("DE", { shipping_address_id: berlin.number })] },
        headers()
      )
      expect(await methods(standard)).toEqual(["Standard delivery (EU)"])
    })
  })
})
