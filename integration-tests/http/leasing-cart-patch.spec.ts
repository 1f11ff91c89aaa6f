import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { demoVariant } from "../helpers/catalog"
import { failure, useDemoFixture } from "../helpers/demo-fixture"
import { cartSnapshot, companyHeaders, createCart, leasingRows } from "../helpers/leasing-cart"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbConnection }) => {
    const demo = useDemoFixture({ api, getContainer })
    const patch = (cartId: string | number, body: unknown, headers = companyHeaders(demo)) => api.patch(`/store/carts/${cartId}`, body, headers)

    describe("PATCH /store/carts/:id", () => {
      it("puts LEASING and BUY devices of one variant, two layouts and two assignees on four lines", async () => {
        const container = getContainer()
        const cartId = await createCart(api, demo)
        const air = await demoVariant(container, "MBA13-M3-16-256")
        const acme = demo.companies.acme
        const [alice, bob] = acme.users
        const item = (mode: string, layout: string, user: number) => ({
          product_id: air.catalog_number,
          delivery_country: "FR",
          keyboard_layout: layout,
          user_id: user,
          acquisition_mode: mode,
        })

        const response = await patch(cartId, {
          purchaser_id: alice.number,
          order_items: [
            item("LEASING", "FRENCH_AZERTY", alice.number),
            item("LEASING", "SWISS_QWERTZ", bob.number),
            item("BUY", "FRENCH_AZERTY", alice.number),
            item("BUY", "FRENCH_AZERTY", bob.number),
          ],
        })

        expect(response.status).toBe(200)
        const rows = await leasingRows(dbConnection, cartId)
        expect(response.data.data).toEqual({
          id: rows.carts[0].order_number,
          purchaser_id: alice.number,
          num_devices: 4,
          rent: "89.84",
          currency: "EUR",
          devices: [
            { id: rows.lines[0].device_number, name: "MacBook Air 13 M3 16 GB / 256 GB", rent: "44.17", product_id: air.catalog_number },
            { id: rows.lines[1].device_number, name: "MacBook Air 13 M3 16 GB / 256 GB", rent: "45.67", product_id: air.catalog_number },
            { id: rows.lines[2].device_number, name: "MacBook Air 13 M3 16 GB / 256 GB", rent: null, product_id: air.catalog_number },
            { id: rows.lines[3].device_number, name: "MacBook Air 13 M3 16 GB / 256 GB", rent: null, product_id: air.catalog_number },
          ],
        })
        expect(rows.items).toHaveLength(4)
        expect(rows.items.every((i: any) => i.quantity === 1 && i.is_custom_price)).toBe(true)
        expect(rows.lines.map((l: any) => [l.acquisition_mode, l.keyboard_layout, l.assignee_user_id])).toEqual([
          ["LEASING", "FRENCH_AZERTY", alice.id],
          ["LEASING", "SWISS_QWERTZ", bob.id],
          ["BUY", "FRENCH_AZERTY", alice.id],
          ["BUY", "FRENCH_AZERTY", bob.id],
        ])
        expect(rows.carts[0].purchaser_user_id).toBe(alice.id)
        const snapshot: any = await cartSnapshot(container, cartId)
        expect(snapshot.leasing_company.id).toBe(acme.id)
      })
    })
  },
})
