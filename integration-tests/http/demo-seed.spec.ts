import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoData } from "../../src/scripts/demo/seed-demo-data"
import { DEMO_ADMIN, DEMO_ORDER, DEMO_REGIONS } from "../../src/scripts/demo/demo-config"
import { leasingSuite } from "../helpers/leasing-suite"

jest.setTimeout(180_000)

async function countRows(dbConnection: any) {
  const tables = [
    "region",
    "region_country",
    "sales_channel",
    "api_key",
    "stock_location",
    "shipping_option",
    "tax_region",
    "user",
    "provider_identity",
  ]
  tables.push("leasing_company", "leasing_company_user", "leasing_company_address", "leasing_api_token")
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const [{ count }] = await dbConnection
      .raw(`select count(*)::int as count from "${table}" where deleted_at is null`)
      .then((r: any) => r.rows)
    counts[table] = count
  }
  return counts
}

leasingSuite({ seedDemo: false }, ({ api, getContainer, dbConnection }) => {
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
      const storeRegions = await api.get("/store/regions", {
        headers: { "x-publishable-api-key": first.publishableKey },
      })
      expect(storeRegions.status).toBe(200)
      expect(storeRegions.data.regions.map((r: any) => r.currency_code).sort()).toEqual(["chf", "eur", "usd"])

      const login = await api.post("/auth/user/emailpass", { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password })
      expect(login.status).toBe(200)
      expect(typeof login.data.token).toBe("string")
    })

    it("with the demo order: validates Acme's order once, with one pending lease contract per leased device", async () => {
      const container = getContainer()
      const first = await seedDemoData(container, { withDemoOrder: true })
      const count = async (table: string) =>
        (await dbConnection.raw(`select count(*)::int as n from "${table}" where deleted_at is null`)).rows[0]
          .n as number
      const state = async () => ({
        orders: await count("order"),
        contracts: await count("lease_contract"),
        carts: await count("cart"),
        devices: await count("leasing_device"),
      })
      const afterFirst = await state()
      const second = await seedDemoData(container, { withDemoOrder: true })

      expect(second.demoOrder).toEqual(first.demoOrder)
      expect(await state()).toEqual(afterFirst)
      // Acme's fleet: the order's three devices and three it registered.
      expect(afterFirst).toEqual({ orders: 1, contracts: 2, carts: 1, devices: 6 })
      const { rows: fleet } = await dbConnection.raw(
        `select source, count(*)::int as n from leasing_device where company_id = ? group by source order by source`,
        [first.companies.acme.id]
      )
      expect(fleet).toEqual([
        { source: "ORDER", n: 3 },
        { source: "REGISTERED", n: 3 },
      ])

      const orderId = first.demoOrder!.order_id
      const [order] = (await dbConnection.raw(`select email from "order" where id = ?`, [orderId])).rows
      expect(order.email).toBe(DEMO_ORDER.email)
      const { rows: items } = await dbConnection.raw(
        `select li.metadata->'leasing'->>'acquisition_mode' as mode from order_item oi join order_line_item li on li.id = oi.item_id where oi.order_id = ? order by mode`,
        [orderId]
      )
      expect(items.map((i: any) => i.mode)).toEqual(["BUY", "LEASING", "LEASING"])
      const { rows: contracts } = await dbConnection.raw(
        `select c.company_id, c.status, c.currency_code, c.monthly_rent::float as rent, c.starts_at, u.email as assignee
             from lease_contract c join leasing_company_user u on u.id = c.assignee_user_id where c.order_id = ? order by c.contract_number`,
        [orderId]
      )
      expect(contracts).toEqual(
        DEMO_ORDER.devices
          .filter((d) => d.acquisition_mode === "LEASING")
          .map((d) => ({
            company_id: first.companies.acme.id,
            status: "PENDING_DELIVERY",
            currency_code: "eur",
            rent: expect.any(Number),
            starts_at: null,
            assignee: d.assignee_email,
          }))
      )
      expect(contracts.every((c: any) => c.rent > 0)).toBe(true)
    })

    it.each([
      [
        "another shop's region",
        async (container: any) => {
          await createRegionsWorkflow(container).run({
            input: { regions: [{ name: "My shop (GBP)", currency_code: "gbp", countries: ["gb"] }] },
          })
        },
        /regions "My shop \(GBP\)"/,
      ],
      [
        "a real payment provider",
        async (_container: any, db: any) => {
          await db.raw("insert into payment_provider (id, is_enabled) values ('pp_stripe_stripe', true)")
        },
        /payment providers pp_stripe_stripe/,
      ],
    ])(
      "refuses a database with %s, changes nothing, and seeds it only when forced",
      async (_name, prepare, message) => {
        const container = getContainer()
        await (prepare as any)(container, dbConnection)
        const before = await countRows(dbConnection)
        await expect(seedDemoData(container)).rejects.toThrow(message as RegExp)
        await expect(seedDemoData(container)).rejects.toThrow(/refuses this database.*--force/)
        expect(await countRows(dbConnection)).toEqual(before)

        const forced = await seedDemoData(container, { force: true })
        expect(Object.keys(forced.regions).sort()).toEqual(["chf", "eur", "usd"])
        expect((await countRows(dbConnection)).leasing_company).toBe(2)
      }
    )
  })
})
