import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { existsSync } from "fs"
import path from "path"
import { HOST_APP, installBuiltPlugin } from "./install-built-plugin"

jest.setTimeout(300_000)

let packedFiles: string[] = []
beforeAll(() => {
  packedFiles = installBuiltPlugin()
})

medusaIntegrationTestRunner({
  inApp: true,
  cwd: HOST_APP,
  env: {},
  testSuite: ({ api, getContainer, dbConnection }) => {
    describe("a host Medusa app with the built plugin installed", () => {
      it("ships only the built server code", () => {
        expect(packedFiles).toContain("package.json")
        expect(packedFiles.some((f) => f.startsWith(".medusa/server/src/modules/leasing/"))).toBe(true)
        expect(packedFiles.some((f) => f.startsWith("src/"))).toBe(false)
        expect(
          existsSync(path.join(HOST_APP, "node_modules", "medusa-leasing", ".medusa", "server", "src", "admin"))
        ).toBe(true)
      })

      it("runs the plugin's migrations", async () => {
        const { rows } = await dbConnection.raw(
          "select column_name from information_schema.columns where table_name = 'leasing_offer'"
        )
        expect(rows.map((r: { column_name: string }) => r.column_name)).toEqual(
          expect.arrayContaining(["variant_id", "available_countries", "keyboard_layouts", "lease_term_months"])
        )
      })

      it("serves the plugin's admin routes with its module", async () => {
        const container = getContainer()
        // The plugin's own demo seed, taken from the installed package.
        const { seedDemoData } = require(
          path.join(
            HOST_APP,
            "node_modules",
            "medusa-leasing",
            ".medusa",
            "server",
            "src",
            "scripts",
            "demo",
            "seed-demo-data.js"
          )
        )
        const { DEMO_ADMIN } = require(
          path.join(
            HOST_APP,
            "node_modules",
            "medusa-leasing",
            ".medusa",
            "server",
            "src",
            "scripts",
            "demo",
            "demo-config.js"
          )
        )
        await seedDemoData(container)
        const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
        const headers = { authorization: `Bearer ${login.data.token}` }

        const unauthenticated = await api.get("/admin/leasing/offers").catch((e) => e.response)
        expect(unauthenticated.status).toBe(401)

        const response = await api.get("/admin/leasing/offers", { headers })
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ offers: expect.any(Array), count: expect.any(Number) }))
      })

      it("passes the plugin's options to its company module and serves company-scoped store routes", async () => {
        const container = getContainer()
        // The host's option reaches the module; the others keep their defaults.
        expect(container.resolve<any>("leasingCompany").getOptions()).toEqual(
          expect.objectContaining({ rateLimitPerMinute: 250, failedAuthLimitPerMinute: 20 })
        )
        const { seedDemoData } = require(
          path.join(
            HOST_APP,
            "node_modules",
            "medusa-leasing",
            ".medusa",
            "server",
            "src",
            "scripts",
            "demo",
            "seed-demo-data.js"
          )
        )
        const demo = await seedDemoData(container)
        const response = await api.get("/store/leasing/company", {
          headers: {
            "x-publishable-api-key": demo.publishableKey,
            authorization: `Bearer ${demo.companies.acme.tokens.READ.secret}`,
          },
        })
        expect(response.status).toBe(200)
        expect(response.data.data.name).toBe("Acme Robotics SAS")
        expect(response.headers["x-ratelimit-limit"]).toBe("250")
      })
    })
  },
})
