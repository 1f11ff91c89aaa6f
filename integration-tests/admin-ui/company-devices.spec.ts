import { rowAction, tableRow, waitForText } from "./admin-page"
import { e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

describe("Admin: a company's devices", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  let acme: { id: string }
  beforeAll(async () => {
    session = await launchBrowser()
    ;[acme] = await e2eQuery<{ id: string }>("select id from leasing_company where name = 'Acme Robotics SAS'")
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("lists the demo order's devices and the registered ones, and stores a new assignee", async () => {
    const { baseUrl } = e2eApp()
    const { page } = session
    await loginToAdmin(page, baseUrl)
    await page.goto(`${baseUrl}/app/companies/${acme.id}`)
    const section = page.getByTestId("company-devices")
    await section.waitFor()

    // Every device of the fleet is a row: the demo order's (ordered) and those Acme had (registered).
    const devices = await e2eQuery<{ name: string; source: string }>(
      "select name, source from leasing_device where company_id = $1 and deleted_at is null order by number",
      [acme.id]
    )
    expect(devices.filter((d) => d.source === "ORDER")).toHaveLength(3)
    expect(devices.filter((d) => d.source === "REGISTERED")).toHaveLength(3)
    for (const device of devices) {
      await waitForText(
        tableRow(page, "company-devices", device.name),
        device.source === "ORDER" ? "Ordered" : "Registered"
      )
    }

    // The registered monitor goes to Hugo Bernard.
    await rowAction(page, tableRow(page, "company-devices", "Samsung 27"), "Edit")
    await page.getByTestId("edit-device-drawer").waitFor()
    await page.locator("#edit-device-drawer-user_id").click()
    await page.getByRole("option", { name: "Hugo Bernard" }).click()
    await page.getByTestId("edit-device-drawer").getByRole("button", { name: "Save" }).click()
    await page.getByTestId("edit-device-drawer").waitFor({ state: "detached" })
    await waitForText(tableRow(page, "company-devices", "Samsung 27"), "Hugo Bernard")
    expect(
      await e2eQuery(
        `select u.email, d.client_status from leasing_device d join leasing_company_user u on u.id = d.user_id where d.company_id = $1 and d.name like 'Samsung 27%'`,
        [acme.id]
      )
    ).toEqual([{ email: "hugo.bernard@acme-robotics.test", client_status: "IN_SERVICE" }])

    // The status filter keeps the ordered devices still in preparation (all three: nothing shipped).
    expect(
      await e2eQuery("select distinct client_status from leasing_device where company_id = $1 and source = 'ORDER'", [
        acme.id,
      ])
    ).toEqual([{ client_status: "IN_PREPARATION" }])
    await section.getByTestId("company-devices-filter-menu").getByRole("button").click()
    await page.getByRole("menuitem", { name: "Status" }).click()
    await page
      .getByRole("listitem")
      .filter({ hasText: /^In preparation$/ })
      .click()
    await page.keyboard.press("Escape")
    await tableRow(page, "company-devices", "Samsung 27").waitFor({ state: "detached" })
    await tableRow(page, "company-devices", "Ordered").first().waitFor()
    expect(await tableRow(page, "company-devices", "Ordered").count()).toBe(3)
    expect(await tableRow(page, "company-devices", "Registered").count()).toBe(0)
  })
})
