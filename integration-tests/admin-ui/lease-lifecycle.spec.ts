import path from "node:path"
import { adminApi, rowAction, waitForText } from "./admin-page"
import { ARTIFACTS, e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

const CONTRACT_ID = "lcon_01E2ELIFECYCLE"

/** A contract of Acme as a checkout writes it (its own, so other specs' demo contracts stay untouched), then delivered through the admin API. */
async function deliveredContract(baseUrl: string) {
  const [acme] = await e2eQuery<{ id: string }>(
    `select id from leasing_company where name = 'Acme Robotics SAS' and deleted_at is null`
  )
  await e2eQuery(
    `insert into lease_contract (id, order_id, order_item_id, cart_id, company_id, device_number, catalog_number, device_name, delivery_country,
                                 lease_term_months, monthly_rent, raw_monthly_rent, currency_code, status)
     values ($1, 'order_01E2ELIFECYCLE', 'ordli_01E2ELIFECYCLE', 'cart_01E2ELIFECYCLE', $2, 990001, 1, 'MacBook Air 13 (e2e lifecycle)', 'FR',
             24, 44.17, '{"value":"44.17","precision":20}', 'eur', 'PENDING_DELIVERY')
     on conflict do nothing`,
    [CONTRACT_ID, acme.id]
  )
  const api = await adminApi(baseUrl)
  await api(`/admin/leasing/contracts/${CONTRACT_ID}/deliver`, {
    delivered_at: new Date(Date.now() - 40 * 86_400_000).toISOString(),
  })
}

const installments = () =>
  e2eQuery<{ sequence: number; status: string; invoice_number: string | null; payment_reference: string | null }>(
    `select sequence, status, invoice_number, payment_reference from lease_installment where contract_id = $1 and deleted_at is null order by sequence`,
    [CONTRACT_ID]
  )

describe("Admin: a lease contract's schedule and end of lease", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  beforeAll(async () => {
    session = await launchBrowser()
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("opens a contract from the Lease contracts page, shows its schedule, records an invoice and a payment, and offers the end-of-lease actions", async () => {
    const { baseUrl } = e2eApp()
    await deliveredContract(baseUrl)
    expect((await installments()).map((i) => i.status)).toEqual(Array(24).fill("SCHEDULED"))

    const { page } = session
    await loginToAdmin(page, baseUrl)
    await page.goto(`${baseUrl}/app/lease-contracts`)
    const list = page.getByTestId("lease-contracts-page")
    await waitForText(list, "MacBook Air 13 (e2e lifecycle)", 60_000)
    await list.getByRole("row").filter({ hasText: "MacBook Air 13 (e2e lifecycle)" }).click()

    const schedule = page.getByTestId("lease-schedule")
    await waitForText(schedule, "Billing schedule", 60_000)
    await waitForText(page.getByTestId("lease-remaining-to-pay"), "1060.08 EUR")
    // The first page of the schedule: 12 of 24 months, each 44.17 EUR.
    expect(await schedule.locator("tbody tr").count()).toBe(12)
    await waitForText(schedule.locator("tbody tr").first(), "44.17 EUR")

    await rowAction(page, schedule.locator("tbody tr").first(), "Record invoice")
    await page.locator("#record-invoice-drawer-invoice_number").fill("F-E2E-001")
    await page.getByTestId("record-invoice-drawer").getByRole("button", { name: "Record invoice" }).click()
    await page.getByTestId("record-invoice-drawer").waitFor({ state: "detached" })
    await waitForText(schedule.locator("tbody tr").first(), "Invoiced")

    await rowAction(page, schedule.locator("tbody tr").first(), "Record payment")
    await page.locator("#record-payment-drawer-payment_reference").fill("SEPA-E2E")
    await page.getByTestId("record-payment-drawer").getByRole("button", { name: "Record payment" }).click()
    await page.getByTestId("record-payment-drawer").waitFor({ state: "detached" })
    await waitForText(schedule.locator("tbody tr").first(), "Paid")
    await waitForText(page.getByTestId("lease-remaining-to-pay"), "1015.91 EUR")
    const [first, ...rest] = await installments()
    expect(first).toEqual({ sequence: 1, status: "PAID", invoice_number: "F-E2E-001", payment_reference: "SEPA-E2E" })
    expect(rest.map((i) => i.status)).toEqual(Array(23).fill("SCHEDULED"))

    const actions = page.getByTestId("lease-end-actions")
    for (const label of ["Quote buyback", "Arrange return", "Extend month to month", "Extend for a new term"]) {
      await actions.getByRole("button", { name: label }).waitFor()
    }
    await actions.getByRole("button", { name: "Quote buyback" }).click()
    // 23 months to come × 44.17 × 0.5 (the default rule).
    await waitForText(page.getByTestId("lease-buyback-quote"), "507.96 EUR")
    const [quote] = await e2eQuery<{ amount: number; status: string }>(
      `select amount::float as amount, status from lease_buyback_quote where contract_id = $1`,
      [CONTRACT_ID]
    )
    expect(quote).toEqual({ amount: 507.96, status: "OPEN" })
    await page.screenshot({ path: path.join(ARTIFACTS, "lease-contract-page.png"), fullPage: true })
  })
})
