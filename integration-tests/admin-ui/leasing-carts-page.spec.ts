import { demoApiTokenSecret } from "../../src/modules/company/utils/api-token-secret"
import { waitForText } from "./admin-page"
import { e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

/** A company cart filled through the platform's PATCH, as a client's integration does. */
async function companyCart(baseUrl: string, seed: "acme/WRITE" | "helvetia/WRITE", country: string, modes: string[]) {
  const [key] = await e2eQuery<{ token: string }>(
    "select token from api_key where type = 'publishable' and title = 'Leasing storefront key' and revoked_at is null"
  )
  const headers = {
    "content-type": "application/json",
    "x-publishable-api-key": key.token,
    authorization: `Bearer ${demoApiTokenSecret(seed).secret}`,
  }
  const [offer] = await e2eQuery<{ catalog_number: number }>(
    "select o.catalog_number from leasing_offer o join product_variant v on v.id = o.variant_id where v.sku = 'IP16-128'"
  )
  const created = await (await fetch(`${baseUrl}/store/carts`, { method: "POST", headers, body: "{}" })).json()
  const order_items = modes.map((acquisition_mode) => ({
    product_id: offer.catalog_number,
    delivery_country: country,
    acquisition_mode,
  }))
  const patched = await fetch(`${baseUrl}/store/carts/${created.cart.id}`, {
    method: "PATCH",
    headers,
    body: JSON.stringify({ order_items }),
  })
  expect(patched.status).toBe(200)
  return (await patched.json()).data as { id: number; rent: string; currency: string }
}

describe("Admin: Leasing carts page", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    session = await launchBrowser()
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("shows open carts by company with devices, monthly rent and one-time total, filters by company and links to it", async () => {
    const { baseUrl } = e2eApp()
    const acmeCart = await companyCart(baseUrl, "acme/WRITE", "FR", ["LEASING", "LEASING", "BUY"])
    await companyCart(baseUrl, "helvetia/WRITE", "CH", ["LEASING"])
    const open = await e2eQuery<{ n: number }>(
      "select count(*)::int as n from leasing_cart lc join cart c on c.id = lc.cart_id where c.completed_at is null and lc.deleted_at is null"
    )
    const [acme] = await e2eQuery<{ id: string; name: string }>(
      "select c.id, c.name from leasing_company c join leasing_cart lc on lc.company_id = c.id join cart ct on ct.id = lc.cart_id where lc.order_number = $1",
      [acmeCart.id]
    )

    const { page } = session
    await loginToAdmin(page, baseUrl)
    await page.getByRole("link", { name: "Leasing carts" }).first().click()
    const list = page.getByTestId("leasing-carts-page")
    await waitForText(list, `of ${open[0].n} results`)
    // Acme's cart: the only one with three devices.
    const row = list.locator("tbody tr").filter({ hasText: "3 (2 leased, 1 bought)" })
    await waitForText(row, acme.name)
    await waitForText(row, `${acmeCart.rent} ${acmeCart.currency}`)
    expect((await row.locator("td").first().innerText()).trim()).toBe(String(acmeCart.id))
    await session.screenshot("leasing-carts-page")

    // Only Acme's carts.
    await list.getByTestId("leasing-carts-page-filter-menu").getByRole("button").click()
    await page.getByRole("menuitem", { name: "Company" }).click()
    await page
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`^${acme.name}$`) })
      .click()
    await page.keyboard.press("Escape")
    const [{ n: ofAcme }] = await e2eQuery<{ n: number }>(
      "select count(*)::int as n from leasing_cart lc join cart c on c.id = lc.cart_id where c.completed_at is null and lc.deleted_at is null and lc.company_id = $1",
      [acme.id]
    )
    await waitForText(list, `of ${ofAcme} results`)
    for (const text of await list.locator("tbody tr").allInnerTexts()) expect(text).toContain(acme.name)

    // The company link leads to the company's page.
    await row.getByRole("link", { name: acme.name }).click()
    await page.waitForURL(`**/companies/${acme.id}`)
  })
})
