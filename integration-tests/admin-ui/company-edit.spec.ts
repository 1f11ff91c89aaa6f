import { adminApi, confirmPrompt, fillDrawer, rowAction, tableRow, waitForCompanies, waitForText } from "./admin-page"
import { e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

type Company = { company: { id: string } }

describe("Admin: editing and deleting a company, its users and addresses", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  let companyId: string
  beforeAll(async () => {
    session = await launchBrowser()
    const call = await adminApi(e2eApp().baseUrl)
    companyId = (await call<Company>("/admin/leasing/companies", { name: "Edit Flow SARL", country_code: "FR" }))
      .company.id
    const base = `/admin/leasing/companies/${companyId}`
    await call(`${base}/users`, { first_name: "Lea", last_name: "Dupont", email: "lea@editflow.test", role: "ADMIN" })
    await call(`${base}/users`, { first_name: "Marc", last_name: "Petit", email: "marc@editflow.test" })
    await call(`${base}/addresses`, { label: "Nantes HQ", address_1: "1 Quai", city: "Nantes", country_code: "FR" })
    await call(`${base}/addresses`, { label: "Rennes", address_1: "2 Rue", city: "Rennes", country_code: "FR" })
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  const addresses = () =>
    e2eQuery(
      "select label, city, is_default from leasing_company_address where company_id = $1 and deleted_at is null order by number",
      [companyId]
    )

  it("edits the company, edits and removes users, edits, moves and deletes addresses, then deletes the company", async () => {
    const { baseUrl } = e2eApp()
    const { page } = session
    await loginToAdmin(page, baseUrl)
    await page.goto(`${baseUrl}/app/companies/${companyId}`)
    await page.getByRole("heading", { name: "Edit Flow SARL" }).waitFor()

    // The company's own fields.
    await page.getByTestId("company-page").getByRole("button", { name: "Edit" }).first().click()
    await fillDrawer(page, "edit-company-drawer", { name: "Edit Flow SAS", phone: "+33 2 40 00 00 00" }, "Save")
    await page.getByRole("heading", { name: "Edit Flow SAS" }).waitFor()
    expect(await e2eQuery("select name, phone, country_code from leasing_company where id = $1", [companyId])).toEqual([
      { name: "Edit Flow SAS", phone: "+33 2 40 00 00 00", country_code: "FR" },
    ])

    // A user: new name and role.
    await rowAction(page, tableRow(page, "company-users", "marc@editflow.test"), "Edit")
    await page.locator("#edit-user-drawer-last_name").fill("Petit-Jean")
    await page.locator("#edit-user-drawer-role").click()
    await page.getByRole("option", { name: "Admin" }).click()
    await page.getByTestId("edit-user-drawer").getByRole("button", { name: "Save" }).click()
    await waitForText(tableRow(page, "company-users", "marc@editflow.test"), "Petit-Jean")
    expect(
      await e2eQuery("select last_name, role from leasing_company_user where email = 'marc@editflow.test'")
    ).toEqual([{ last_name: "Petit-Jean", role: "ADMIN" }])

    // Another user: removed.
    await rowAction(page, tableRow(page, "company-users", "lea@editflow.test"), "Delete")
    await confirmPrompt(page, "Remove")
    await tableRow(page, "company-users", "lea@editflow.test").waitFor({ state: "detached" })
    const [lea] = await e2eQuery("select deleted_at from leasing_company_user where email = 'lea@editflow.test'")
    expect(lea.deleted_at).not.toBeNull()
    await page.getByTestId("company-users").scrollIntoViewIfNeeded()
    await session.screenshot("company-users-edited")

    // An address: new city, emptied label is cleared.
    await rowAction(page, tableRow(page, "company-addresses", "Rennes"), "Edit")
    await fillDrawer(page, "edit-address-drawer", { label: "Brest", city: "Brest", postal_code: "29200" }, "Save")
    await waitForText(tableRow(page, "company-addresses", "Brest"), "29200 Brest")
    expect(await addresses()).toEqual([
      { label: "Nantes HQ", city: "Nantes", is_default: true },
      { label: "Brest", city: "Brest", is_default: false },
    ])

    // The default moves, then the new default is deleted: the other one is the default again.
    await rowAction(page, tableRow(page, "company-addresses", "Brest"), "Make default")
    await waitForText(tableRow(page, "company-addresses", "Brest"), "Default")
    expect((await addresses()).map((a) => a.is_default)).toEqual([false, true])
    await rowAction(page, tableRow(page, "company-addresses", "Brest"), "Delete")
    await confirmPrompt(page, "Delete")
    await tableRow(page, "company-addresses", "Brest").waitFor({ state: "detached" })
    await waitForText(tableRow(page, "company-addresses", "Nantes HQ"), "Default")
    expect(await addresses()).toEqual([{ label: "Nantes HQ", city: "Nantes", is_default: true }])
    await page.getByTestId("company-addresses").scrollIntoViewIfNeeded()
    await session.screenshot("company-addresses-edited")

    // A refused edit shows the API's own message in a toast and changes nothing.
    await rowAction(page, tableRow(page, "company-addresses", "Nantes HQ"), "Edit")
    await page.locator("#edit-address-drawer-country_code").fill("Frankreich")
    await page.getByTestId("edit-address-drawer").getByRole("button", { name: "Save" }).click()
    await page
      .locator("[data-sonner-toast]")
      .filter({ hasText: /country/i })
      .first()
      .waitFor()
    await session.screenshot("company-address-refused")
    await page.keyboard.press("Escape")
    expect(await addresses()).toEqual([{ label: "Nantes HQ", city: "Nantes", is_default: true }])

    // The company itself.
    await page.getByTestId("company-page").getByRole("button", { name: "Delete" }).first().click()
    await confirmPrompt(page, "Delete")
    const list = await waitForCompanies(page)
    await list.getByRole("searchbox").fill("Edit Flow")
    await list.getByText("Nothing matches").waitFor()
    const [deleted] = await e2eQuery("select deleted_at from leasing_company where id = $1", [companyId])
    expect(deleted.deleted_at).not.toBeNull()
    expect(await addresses()).toEqual([])
  })
})
