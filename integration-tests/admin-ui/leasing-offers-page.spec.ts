import type { Locator, Page } from "playwright-core"
import { waitForText } from "./admin-page"
import { e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

const count = async (where: string, params: unknown[] = []) =>
  (
    await e2eQuery<{ n: number }>(
      `select count(*)::int as n from leasing_offer where deleted_at is null ${where}`,
      params
    )
  )[0].n

/**
 * Adds a DataTable filter from the funnel menu and picks one of its options: a radio filter's
 * options are list items, a select filter's are buttons under a search box.
 */
async function addFilter(page: Page, list: Locator, label: string, option: string, type: "radio" | "select" = "radio") {
  await list.getByTestId("leasing-offers-page-filter-menu").getByRole("button").click()
  await page.getByRole("menuitem", { name: label }).click()
  if (type === "radio") {
    await page
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click()
  } else {
    await page.getByPlaceholder("Search...").fill(option)
    await page.getByRole("button", { name: option, exact: true }).click()
  }
  await page.keyboard.press("Escape")
}

describe("Admin: Leasing offers page", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    session = await launchBrowser()
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("lists the catalog's offers with layouts by name, filters by country, mode and product, and pages", async () => {
    const { baseUrl } = e2eApp()
    const { page } = session
    await loginToAdmin(page, baseUrl)
    await page.getByRole("link", { name: "Leasing offers" }).first().click()
    const list = page.getByTestId("leasing-offers-page")
    const total = await count("")
    await waitForText(list, `of ${total} results`)

    // Layouts by their human names, never the enum constants.
    await list.getByText("French (AZERTY)").first().waitFor()
    expect(await list.innerText()).not.toMatch(/[A-Z]+_(QWERTY|AZERTY|QWERTZ)/)
    await session.screenshot("leasing-offers-page")

    // Paging: the second page holds the rest.
    if (total > 20) {
      await list.getByRole("button", { name: "Next" }).click()
      await waitForText(list, `${total} of ${total} results`)
      await list.getByRole("button", { name: "Prev" }).click()
    }

    // Delivery country CH.
    await addFilter(page, list, "Delivery country", "CH")
    const inSwitzerland = await count("and 'CH' = any(available_countries)")
    expect(inSwitzerland).toBeLessThan(total)
    await waitForText(list, `of ${inSwitzerland} results`)

    // ...and only what can be bought.
    await addFilter(page, list, "Mode", "Buy")
    const buyInSwitzerland = await count("and 'CH' = any(available_countries) and purchasable")
    await waitForText(list, `of ${buyInSwitzerland} results`)
    await session.screenshot("leasing-offers-filtered")

    // Clear, then one product.
    await list.getByRole("button", { name: "Clear all" }).click()
    await waitForText(list, `of ${total} results`)
    const [product] = await e2eQuery<{ id: string; title: string }>(
      "select id, title from product where handle = 'macbook-pro-14-m4'"
    )
    await addFilter(page, list, "Product", product.title, "select")
    const ofProduct = await count("and product_id = $1", [product.id])
    await waitForText(list, `of ${ofProduct} results`)
    const rows = await list.locator("tbody tr").allInnerTexts()
    expect(rows).toHaveLength(ofProduct)
    for (const row of rows) expect(row).toContain(product.title)

    // A row leads to its product's page, where the widget edits it.
    await list.locator("tbody tr").first().click()
    await page.waitForURL(`**/products/${product.id}`)
    await page.getByTestId("leasing-offers-widget").waitFor()
  })
})
