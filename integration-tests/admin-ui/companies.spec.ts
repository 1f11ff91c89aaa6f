import { createHash } from "crypto"
import { existsSync } from "fs"
import path from "path"
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
    await page.getByTestId("companies-page").waitFor()
    await page.getByText("Acme Robotics SAS").waitFor()

    await page.getByRole("button", { name: "Create company" }).click()
    await page.locator("#create-company-drawer-name").fill("Nordlicht Systems GmbH")
    await page.locator("#create-company-drawer-email").fill("it@nordlicht.test")
    await page.locator("#create-company-drawer-country_code").fill("de")
    await page.getByTestId("create-company-drawer").getByRole("button", { name: "Create" }).click()
    await page.getByRole("heading", { name: "Nordlicht Systems GmbH" }).waitFor()
    const companyId = page.url().split("/").pop()!

    await page.getByRole("button", { name: "Add user" }).click()
    await page.locator("#add-user-drawer-first_name").fill("Greta")
    await page.locator("#add-user-drawer-last_name").fill("Vogel")
    await page.locator("#add-user-drawer-email").fill("greta.vogel@nordlicht.test")
    await page.locator("#add-user-drawer-role").click()
    await page.getByRole("option", { name: "ADMIN" }).click()
    await page.getByTestId("add-user-drawer").getByRole("button", { name: "Add" }).click()
    await page.getByTestId("company-users").getByText("greta.vogel@nordlicht.test").waitFor()

    await page.getByRole("button", { name: "Add address" }).click()
    await page.locator("#add-address-drawer-label").fill("Berlin HQ")
    await page.locator("#add-address-drawer-address_1").fill("Unter den Linden 5")
    await page.locator("#add-address-drawer-postal_code").fill("10117")
    await page.locator("#add-address-drawer-city").fill("Berlin")
    await page.locator("#add-address-drawer-country_code").fill("de")
    await page.getByTestId("add-address-drawer").getByRole("button", { name: "Add" }).click()
    await page.getByTestId("company-addresses").getByText("Default").waitFor()

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
    const row = page.getByTestId("token-row-ERP sync")
    await row.getByText(`lsk_…${secret.slice(-4)}`).waitFor()
    expect(await page.content()).not.toContain(secret)

    // The secret works at the store until it is revoked.
    const [{ token: publishableKey }] = await e2eQuery("select token from api_key where type = 'publishable' limit 1")
    const callStore = () =>
      fetch(`${baseUrl}/store/leasing/company`, {
        headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${secret}` },
      })
    const before = await callStore()
    expect(before.status).toBe(200)
    expect((await before.json()).data.id).toBe(companyId)

    await row.getByRole("button", { name: "Revoke" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click()
    await row.getByTestId("token-status").getByText("Revoked").waitFor()
    await page.getByTestId("company-api-tokens").scrollIntoViewIfNeeded()
    await session.screenshot("companies-token-revoked")
    expect((await callStore()).status).toBe(401)

    // What the database holds: the records made through the UI, and only the token's hash.
    const [company] = await e2eQuery("select name, country_code from leasing_company where id = $1", [companyId])
    expect(company).toEqual({ name: "Nordlicht Systems GmbH", country_code: "DE" })
    const users = await e2eQuery("select email, role from leasing_company_user where company_id = $1", [companyId])
    expect(users).toEqual([{ email: "greta.vogel@nordlicht.test", role: "ADMIN" }])
    const addresses = await e2eQuery("select city, is_default from leasing_company_address where company_id = $1", [companyId])
    expect(addresses).toEqual([{ city: "Berlin", is_default: true }])
    const tokens = await e2eQuery("select * from leasing_api_token where company_id = $1", [companyId])
    expect(tokens).toHaveLength(1)
    expect(tokens[0].token_hash).toBe(createHash("sha256").update(secret).digest("hex"))
    expect(tokens[0].revoked_at).not.toBeNull()
    expect(JSON.stringify(tokens[0])).not.toContain(secret.slice(4))
    expect(existsSync(path.join(ARTIFACTS, "companies-token-secret.png"))).toBe(true)
  })
})
