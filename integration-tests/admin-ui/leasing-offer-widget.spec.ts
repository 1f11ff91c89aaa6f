import { existsSync } from "fs"
import path from "path"
import { ARTIFACTS, e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

describe("Admin: leasing offer widget on the product page", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    session = await launchBrowser()
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("edits a variant's lease price and delivery countries, saves, and shows them after a reload", async () => {
    const { baseUrl } = e2eApp()
    const { page } = session
    const [variant] = await e2eQuery<{ id: string; product_id: string }>(
      "select id, product_id from product_variant where sku = 'MBA13-M3-16-256'"
    )
    await loginToAdmin(page, baseUrl)
    await page.goto(`${baseUrl}/app/products/${variant.product_id}`)

    const row = page.getByTestId(`leasing-offer-row-${variant.id}`)
    await row.waitFor()
    await row.getByRole("button", { name: "Edit" }).click()
    const drawer = page.getByTestId("leasing-offer-drawer")
    await drawer.waitFor()

    // A non-numeric price is flagged inline and nothing is sent.
    const leaseEur = drawer.getByTestId("price-LEASING-eur-any-amount")
    await leaseEur.fill("abc")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.getByText("Enter a number").waitFor()

    await leaseEur.fill("49.99")
    await drawer.getByLabel("BE", { exact: true }).click()
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })

    await page.reload()
    await row.waitFor()
    await expectText(row.getByTestId("offer-lease-price"), "49.99 EUR")
    const countries = await row.getByTestId("offer-countries").innerText()
    expect(countries).not.toContain("BE")
    expect(countries).toContain("FR")
    await page.getByTestId("leasing-offers-widget").scrollIntoViewIfNeeded()
    await session.screenshot("leasing-offer-widget")

    const [offer] = await e2eQuery("select available_countries from leasing_offer where variant_id = $1", [variant.id])
    expect(offer.available_countries).not.toContain("BE")
    const prices = await e2eQuery(
      `select p.amount::float as amount from price p
         join product_variant_price_set l on l.price_set_id = p.price_set_id
         join price_rule r on r.price_id = p.id and r.attribute = 'acquisition_mode' and r.value = 'LEASING'
        where l.variant_id = $1 and p.currency_code = 'eur' and p.deleted_at is null and p.rules_count = 1`,
      [variant.id]
    )
    expect(prices).toEqual([{ amount: 49.99 }])
    expect(existsSync(path.join(ARTIFACTS, "leasing-offer-widget.png"))).toBe(true)
  })
})

async function expectText(locator: import("playwright-core").Locator, text: string) {
  await locator.filter({ hasText: text }).waitFor({ timeout: 15_000 })
  expect(await locator.innerText()).toContain(text)
}
