import { adminApi, closeMenu, waitForText } from "./admin-page"
import { e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

const PREFIX = "Paging Test"

describe("Admin: Companies list (search, sort, paginate through the API)", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    session = await launchBrowser()
    // Twelve companies: more than one page of ten.
    const call = await adminApi(e2eApp().baseUrl)
    for (let i = 1; i <= 12; i++) {
      await call("/admin/leasing/companies", {
        name: `${PREFIX} ${String(i).padStart(2, "0")}`,
        email: `it${i}@paging.test`,
      })
    }
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("searches, sorts by name both ways and pages, showing what the database holds", async () => {
    const { baseUrl } = e2eApp()
    const { page } = session
    await loginToAdmin(page, baseUrl)
    await page.goto(`${baseUrl}/app/companies`)
    const list = page.getByTestId("companies-page")
    // Newest first by default: the last company created heads the first page.
    const [{ n: total }] = await e2eQuery<{ n: number }>(
      "select count(*)::int as n from leasing_company where deleted_at is null"
    )
    await waitForText(list, `of ${total} results`)
    await waitForText(list.locator("tbody tr").first(), `${PREFIX} 12`)
    const visibleNames = async () =>
      (await list.locator("tbody tr").allInnerTexts()).map((row) => /Paging Test \d\d/.exec(row)?.[0])

    // Search: only the matching companies, counted by the API.
    await list.getByRole("searchbox").fill("paging test")
    const [{ n: matching }] = await e2eQuery<{ n: number }>(
      "select count(*)::int as n from leasing_company where deleted_at is null and (name ilike $1 or email ilike $1)",
      ["%paging test%"]
    )
    expect(matching).toBe(12)
    await waitForText(list, `10 of ${matching} results`)

    // Sort by name, A to Z, through the sorting menu.
    await list.getByTestId("companies-page-sorting-menu").getByRole("button").click()
    await page.getByRole("menuitemradio", { name: "Name" }).click()
    await page.getByRole("menuitemradio", { name: "A-Z" }).click()
    await closeMenu(page)
    const byName = await e2eQuery<{ name: string }>(
      "select name from leasing_company where deleted_at is null and name ilike $1 order by name asc",
      ["%paging test%"]
    )
    await waitForText(list.locator("tbody tr").first(), byName[0].name)
    expect(await visibleNames()).toEqual(byName.slice(0, 10).map((r) => r.name))
    await session.screenshot("companies-list-search-sorted")

    // Next page: the remaining two (the previous page stays on screen until they arrive).
    await list.getByRole("button", { name: "Next" }).click()
    await waitForText(list, `12 of ${matching} results`)
    await waitForText(list.locator("tbody tr").first(), byName[10].name)
    expect(await visibleNames()).toEqual(byName.slice(10).map((r) => r.name))
    await session.screenshot("companies-list-page-2")

    // Z to A starts again from the first page.
    await list.getByTestId("companies-page-sorting-menu").getByRole("button").click()
    await page.getByRole("menuitemradio", { name: "Z-A" }).click()
    await closeMenu(page)
    await waitForText(list.locator("tbody tr").first(), byName[byName.length - 1].name)

    // A search that matches nothing says so.
    await list.getByRole("searchbox").fill("no such company")
    await list.getByText("Nothing matches").waitFor()
    await session.screenshot("companies-list-no-match")

    // A row opens its company.
    await list.getByRole("searchbox").fill(`${PREFIX} 05`)
    await waitForText(list, "1 of 1 results")
    await list
      .locator("tbody tr")
      .filter({ hasText: `${PREFIX} 05` })
      .click()
    await page.getByRole("heading", { name: `${PREFIX} 05` }).waitFor()
  })
})
