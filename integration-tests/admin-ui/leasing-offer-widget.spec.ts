import { existsSync } from "fs"
import path from "path"
import { ARTIFACTS, e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

/** The variant's live leasing prices with their rules, straight from the Pricing module's tables. */
const leasingPrices = (variantId: string) =>
  e2eQuery<{ amount: number; currency_code: string; rules: Record<string, string> }>(
    `select p.amount::float as amount, p.currency_code, json_object_agg(r.attribute, r.value) as rules
       from price p
       join product_variant_price_set l on l.price_set_id = p.price_set_id
       join price_rule r on r.price_id = p.id and r.deleted_at is null
      where l.variant_id = $1 and p.deleted_at is null and p.price_list_id is null
      group by p.id
     having bool_or(r.attribute = 'acquisition_mode')`,
    [variantId]
  )

describe("Admin: leasing offer widget on the product page", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    session = await launchBrowser()
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("edits a variant's lease prices (one for a term) and delivery countries, adds a price for one country, saves, and shows them after a reload", async () => {
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
    // Layouts by their human names.
    await drawer.getByText("French (AZERTY)").first().waitFor()
    expect(await drawer.innerText()).not.toContain("FRENCH_AZERTY")

    // A non-numeric price is flagged inline and nothing is sent.
    const leaseEur = drawer.getByTestId("price-LEASING-eur-any-any-amount")
    await leaseEur.fill("abc")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.getByText("Enter a number").waitFor()

    await leaseEur.fill("49.99")
    await drawer.getByLabel("BE", { exact: true }).click()
    // The 24-month rent (a price with a term), beside the default term's.
    await drawer.getByTestId("price-LEASING-eur-any-any-24-amount").fill("61.00")

    // A lease price for Germany only (the delivery_country price rule).
    await drawer.getByRole("button", { name: "Add price" }).click()
    const added = drawer.locator('[data-testid$="-row"]').last()
    await added.getByLabel("Currency").click()
    await page.getByRole("option", { name: "EUR", exact: true }).click()
    await added.getByLabel("Delivery country").click()
    await page.getByRole("option", { name: "DE", exact: true }).click()
    await drawer.getByTestId("price-LEASING-eur-any-DE-amount").fill("47.50")
    await session.screenshot("leasing-offer-drawer-country-price")
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })

    await page.reload()
    await row.waitFor()
    await row.getByTestId("offer-lease-price").filter({ hasText: "49.99 EUR" }).waitFor()
    expect(await row.getByTestId("offer-lease-price").innerText()).toContain("by layout or country")
    const countries = await row.getByTestId("offer-countries").innerText()
    expect(countries).not.toContain("BE")
    expect(countries).toContain("FR")
    expect(await row.getByTestId("offer-terms").innerText()).toBe("18 / 24 / 36 months (default 36)")
    await page.getByTestId("leasing-offers-widget").scrollIntoViewIfNeeded()
    await session.screenshot("leasing-offer-widget")

    const [offer] = await e2eQuery("select available_countries from leasing_offer where variant_id = $1", [variant.id])
    expect(offer.available_countries).not.toContain("BE")
    const prices = await leasingPrices(variant.id)
    const leaseEurPrices = prices.filter((p) => p.currency_code === "eur" && p.rules.acquisition_mode === "LEASING")
    expect(leaseEurPrices.filter((p) => Object.keys(p.rules).length === 1)).toEqual([
      { amount: 49.99, currency_code: "eur", rules: { acquisition_mode: "LEASING" } },
    ])
    expect(leaseEurPrices.filter((p) => p.rules.lease_term_months === "24" && !p.rules.keyboard_layout)).toEqual([
      { amount: 61, currency_code: "eur", rules: { acquisition_mode: "LEASING", lease_term_months: "24" } },
    ])
    expect(leaseEurPrices.filter((p) => p.rules.delivery_country)).toEqual([
      { amount: 47.5, currency_code: "eur", rules: { acquisition_mode: "LEASING", delivery_country: "DE" } },
    ])
    expect(existsSync(path.join(ARTIFACTS, "leasing-offer-widget.png"))).toBe(true)
  })
})
