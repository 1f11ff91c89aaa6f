import { createHash } from "crypto"
import { existsSync } from "fs"
import path from "path"
import { confirmPrompt, fillDrawer, tableRow, waitForCompanies, waitForText } from "./admin-page"
import { ARTIFACTS, e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

describe("Admin: Companies", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    session = await launchBrowser()
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("creates a company, adds a user and an address, shows a new token's secret once, and revokes it", async () => {
    const { baseUrl } = e2eApp()
    const { page } = session
    await loginToAdmin(page, baseUrl)

    // The sidebar entry leads to the list.
    await page.getByRole("link", { name: "Companies" }).first().click()
    await waitForCompanies(page)

    await page.getByRole("button", { name: "Create company" }).click()
    await fillDrawer(
      page,
      "create-company-drawer",
      { name: "Nordlicht Systems GmbH", email: "it@nordlicht.test", country_code: "de" },
      "Create"
    )
    await page.getByRole("heading", { name: "Nordlicht Systems GmbH" }).waitFor()
    const companyId = page.url().split("/").pop()!
    const [company] = await e2eQuery("select name, email, country_code from leasing_company where id = $1", [companyId])
    expect(company).toEqual({ name: "Nordlicht Systems GmbH", email: "it@nordlicht.test", country_code: "DE" })

    await page.getByRole("button", { name: "Add user" }).click()
    await page.locator("#add-user-drawer-first_name").fill("Greta")
    await page.locator("#add-user-drawer-last_name").fill("Vogel")
    await page.locator("#add-user-drawer-email").fill("greta.vogel@nordlicht.test")
    await page.locator("#add-user-drawer-role").click()
    await page.getByRole("option", { name: "Admin" }).click()
    await page.getByTestId("add-user-drawer").getByRole("button", { name: "Add" }).click()
    await tableRow(page, "company-users", "greta.vogel@nordlicht.test").waitFor()
    const users = await e2eQuery("select email, role from leasing_company_user where company_id = $1", [companyId])
    expect(users).toEqual([{ email: "greta.vogel@nordlicht.test", role: "ADMIN" }])

    await page.getByRole("button", { name: "Add address" }).click()
    await fillDrawer(
      page,
      "add-address-drawer",
      { label: "Berlin HQ", address_1: "Unter den Linden 5", postal_code: "10117", city: "Berlin", country_code: "de" },
      "Add"
    )
    await waitForText(tableRow(page, "company-addresses", "Berlin HQ"), "Default")
    const addresses = await e2eQuery("select city, is_default from leasing_company_address where company_id = $1", [
      companyId,
    ])
    expect(addresses).toEqual([{ city: "Berlin", is_default: true }])

    await page.getByRole("button", { name: "Issue token" }).click()
    await page.locator("#issue-token-drawer-label").fill("ERP sync")
    await page.locator("#issue-token-drawer-scope").click()
    await page.getByRole("option", { name: "WRITE" }).click()
    await page.getByTestId("issue-token-drawer").getByRole("button", { name: "Issue" }).click()
    const dialog = page.getByTestId("token-secret-dialog")
    await dialog.waitFor()
    const secret = (await dialog.getByTestId("token-secret").innerText()).trim()
    expect(secret).toMatch(/^lsk_[A-Za-z0-9_-]{43}$/)
    await page.getByTestId("company-api-tokens").scrollIntoViewIfNeeded()
    await session.screenshot("companies-token-secret")

    // Once the dialog is closed the secret is nowhere on the page, only its redacted form.
    await dialog.getByRole("button", { name: "I have copied it" }).click()
    await dialog.waitFor({ state: "detached" })
    const row = tableRow(page, "company-api-tokens", "ERP sync")
    await row.getByText(`lsk_…${secret.slice(-4)}`).waitFor()
    expect(await page.content()).not.toContain(secret)

    // The secret works at the store until it is revoked.
    const [{ token: publishableKey }] = await e2eQuery(
      "select token from api_key where type = 'publishable' and title = 'Leasing storefront key'"
    )
    const callStore = () =>
      fetch(`${baseUrl}/store/leasing/company`, {
        headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${secret}` },
      })
    const before = await callStore()
    expect(before.status).toBe(200)
    expect((await before.json()).data.id).toBe(companyId)

    await row.getByRole("button", { name: "Revoke" }).click()
    await confirmPrompt(page, "Revoke")
    await waitForText(row, "Revoked")
    await page.getByTestId("company-api-tokens").scrollIntoViewIfNeeded()
    await session.screenshot("companies-token-revoked")
    expect((await callStore()).status).toBe(401)

    // The database holds only the token's hash, and the revocation.
    const tokens = await e2eQuery("select * from leasing_api_token where company_id = $1", [companyId])
    expect(tokens).toHaveLength(1)
    expect(tokens[0].token_hash).toBe(createHash("sha256").update(secret).digest("hex"))
    expect(tokens[0].revoked_at).not.toBeNull()
    expect(JSON.stringify(tokens[0])).not.toContain(secret.slice(4))
    expect(existsSync(path.join(ARTIFACTS, "companies-token-secret.png"))).toBe(true)
  })
})
