import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { LEASING_MODULE } from ".."
import LeasingOffer from "../models/leasing-offer"
import LeasingModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<LeasingModuleService>({
  moduleName: LEASING_MODULE,
  moduleModels: [LeasingOffer],
  resolve: "./src/modules/leasing",
  testSuite: ({ service }) => {
    describe("LeasingOffer", () => {
      it("creates an offer with the platform's defaults and a positive integer alias", async () => {
        const offer = await service.createLeasingOffers({
          variant_id: "variant_1",
          product_id: "prod_1",
          available_countries: ["FR", "DE"],
          keyboard_layouts: [],
        })

        expect(offer).toEqual(
          expect.objectContaining({
            variant_id: "variant_1",
            available_countries: ["FR", "DE"],
            has_keyboard: false,
            lease_term_months: 36,
            leasable: true,
            purchasable: true,
          })
        )
        expect(Number.isInteger(offer.catalog_number)).toBe(true)
        expect(offer.catalog_number).toBeGreaterThan(0)
      })

      it("gives every offer its own integer alias", async () => {
        const [a, b] = await service.createLeasingOffers([
          { variant_id: "variant_a", product_id: "prod_1", available_countries: ["FR"], keyboard_layouts: [] },
          { variant_id: "variant_b", product_id: "prod_1", available_countries: ["FR"], keyboard_layouts: [] },
        ])
        expect(a.catalog_number).not.toBe(b.catalog_number)
      })

      it("refuses a second offer for the same variant", async () => {
        await service.createLeasingOffers({
          variant_id: "variant_1",
          product_id: "prod_1",
          available_countries: ["FR"],
          keyboard_layouts: [],
        })
        const error = await service
          .createLeasingOffers({
            variant_id: "variant_1",
            product_id: "prod_1",
            available_countries: ["DE"],
            keyboard_layouts: [],
          })
          .catch((e) => e)

        expect(error).toBeInstanceOf(Error)
        const offers = await service.listLeasingOffers({ variant_id: "variant_1" })
        expect(offers).toHaveLength(1)
        expect(offers[0].available_countries).toEqual(["FR"])
      })
    })
  },
})
