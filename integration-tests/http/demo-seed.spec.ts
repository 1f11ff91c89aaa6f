import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/demo/seed-demo-data"
import { DEMO_ADMIN, DEMO_REGIONS } from "../../src/scripts/demo/demo-config"

jest.setTimeout(180_000)

async function countRows(dbConnection: any) {
  const tables = ["region", "region_country", "sales_channel", "api_key", "stock_location", "shipping_option", "tax_region", "user", "provider_identity"]
  tables.push("leasing_company", "leasing_company_user", "leasing_company_address", "leasing_api_token")
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const [{ count }] = await dbConnection.raw(`select count(*)::int as count from "${table}" where deleted_at is null`).then((r: any) => r.rows)
    counts[table] = count
  }
  return counts
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbConnection }) => {
    describe("demo seed", () => {
      it("creates the demo regions, storefront key and admin, and a second run adds nothing", async () => {
        const container = getContainer()
        const first = await seedDemoData(container)
        const afterFirst = await countRows(dbConnection)
        const second = await seedDemoData(container)
        const afterSecond = await countRows(dbConnection)

        expect(afterSecond).toEqual(afterFirst)
        expect(second.publishableKey).toBe(first.publishableKey)
        expect(second.companies).toEqual(first.companies)
        expect(Object.values(first.companies).map((c) => [c.name, c.users.length, c.addresses.length])).toEqual([
          ["Acme Robotics SAS", 3, 3],
          ["Helvetia Analytics AG", 2, 2],
        ])

        const regions = await container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"] })
        for (const expected of DEMO_REGIONS) {
          const region = regions.find((r) => r.name === expected.name)
          expect(region?.currency_code).toBe(expected.currency_code)
          expect(region?.countries?.map((c) => c.iso_2).sort()).toEqual([...expected.countries].sort())
        }

        // The storefront key really works, and the admin can log in.
        const storeRegions = await api.get("/store/regions", { headers: { "x-publishable-api-key": first.publishableKey } })
        expect(storeRegions.status).toBe(200)
        expect(storeRegions.data.regions.map((r: any) => r.currency_code).sort()).toEqual(["chf", "eur", "usd"])

        const login = await api.post("/auth/user/emailpass", { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password })
        expect(login.status).toBe(200)
        expect(typeof login.data.token).toBe("string")
      })
    })
  },
})
