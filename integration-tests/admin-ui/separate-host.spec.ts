import { rmSync } from "fs"
import type { Server } from "http"
import { fillDrawer, waitForCompanies } from "./admin-page"
import { e2eApp, e2eQuery, launchBrowser, REMOTE_ADMIN_ORIGIN, REMOTE_ADMIN_PORT } from "./app-harness"
import { buildAdminForBackend, serveAdmin } from "./remote-admin"
import { DEMO_ADMIN } from "../../src/scripts/demo/demo-config"

jest.setTimeout(600_000)

/**
 * The admin built for a separate host (`admin.backendUrl` = the app's URL) and served from
 * another origin: every leasing page must call the app, not the host that served the page.
 */
describe("Admin built for a separate host", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  let server: Server
  let dir: string
  const requests: string[] = []

  beforeAll(async () => {
    dir = await buildAdminForBackend(e2eApp().baseUrl)
    server = await serveAdmin(dir, REMOTE_ADMIN_PORT)
    session = await launchBrowser()
    session.page.on("request", (request) => {
      if (request.url().includes("/admin/leasing/")) requests.push(request.url())
    })
  })
  afterAll(async () => {
    await session?.browser.close()
    await new Promise((resolve) => server?.close(resolve))
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it("lists and creates companies, and shows the catalog, calling the app's origin", async () => {
    const { baseUrl } = e2eApp()
    const { page } = session
    await page.goto(`${REMOTE_ADMIN_ORIGIN}/app/login`)
    await page.getByPlaceholder("Email").fill(DEMO_ADMIN.email)
    await page.getByPlaceholder("Password").fill(DEMO_ADMIN.password)
    await page.getByRole("button", { name: /continue with email/i }).click()
    await page.waitForURL((url) => !url.pathname.startsWith("/app/login"))

    await page.getByRole("link", { name: "Companies" }).first().click()
    const list = await waitForCompanies(page)
    const [{ n: total }] = await e2eQuery<{ n: number }>(
      "select count(*)::int as n from leasing_company where deleted_at is null"
    )
    await list.getByText(`of ${total} results`).waitFor()
    await page.getByRole("button", { name: "Create company" }).click()
    await fillDrawer(page, "create-company-drawer", { name: "Remote Host GmbH", country_code: "de" }, "Create")
    await page.getByRole("heading", { name: "Remote Host GmbH" }).waitFor()
    await page.getByTestId("company-users").getByText("No users yet.").waitFor()
    expect(new URL(page.url()).origin).toBe(REMOTE_ADMIN_ORIGIN)
    await session.screenshot("separate-host-company")
    const [company] = await e2eQuery("select name, country_code from leasing_company where name = 'Remote Host GmbH'")
    expect(company).toEqual({ name: "Remote Host GmbH", country_code: "DE" })

    await page.getByRole("link", { name: "Leasing offers" }).first().click()
    await page.getByTestId("leasing-offers-page").getByText("French (AZERTY)").first().waitFor()

    // Every leasing call went to the app, none to the host that served the admin.
    expect(requests.length).toBeGreaterThan(3)
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(baseUrl).origin)
  })
})
