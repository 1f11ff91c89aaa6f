import { DEMO_ORDER } from "../../src/scripts/demo/demo-config"
import { addCalendarMonths } from "../../src/workflows/lease-contracts/utils/add-calendar-months"
import { waitForText } from "./admin-page"
import { e2eApp, e2eQuery, launchBrowser, loginToAdmin } from "./app-harness"

jest.setTimeout(240_000)

type ContractRow = {
  id: string
  contract_number: number
  device_name: string
  lease_term_months: number
  monthly_rent: number
  status: string
  starts_at: Date | null
  ends_at: Date | null
}

const contractsOf = (orderId: string) =>
  e2eQuery<ContractRow>(
    `select id, contract_number, device_name, lease_term_months, monthly_rent::float as monthly_rent, status, starts_at, ends_at
       from lease_contract where order_id = $1 and deleted_at is null order by contract_number`,
    [orderId]
  )
const money = (amount: number, currency: string) => `${amount.toFixed(2)} ${currency.toUpperCase()}`

describe("Admin: lease contracts", () => {
  let session: Awaited<ReturnType<typeof launchBrowser>>
  let orderId: string
  beforeAll(async () => {
    session = await launchBrowser()
    // The order `npm run dev` seeds: Acme's two leased devices and one bought monitor.
    const [order] = await e2eQuery<{ id: string }>(`select id from "order" where email = $1 and deleted_at is null`, [
      DEMO_ORDER.email,
    ])
    orderId = order.id
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it("shows the seeded order's contracts on its page; marking one delivered shows its start and end dates, as the database records them", async () => {
    const { baseUrl } = e2eApp()
    const contracts = await contractsOf(orderId)
    expect(contracts.map((c) => c.status)).toEqual(["PENDING_DELIVERY", "PENDING_DELIVERY"])

    const { page } = session
    await loginToAdmin(page, baseUrl)
    await page.goto(`${baseUrl}/app/orders/${orderId}`)
    const widget = page.getByTestId("order-lease-contracts")
    await widget.waitFor({ timeout: 60_000 })
    for (const c of contracts) {
      const row = widget.getByTestId(`lease-contract-${c.contract_number}`)
      await waitForText(row, c.device_name)
      await waitForText(row, `${c.lease_term_months} months`)
      await waitForText(row, `Contract ${c.contract_number}`)
      await waitForText(row, money(c.monthly_rent, "eur"))
      await waitForText(row, "Pending delivery")
    }
    // The bought monitor has no contract.
    expect(await widget.locator('[data-testid^="lease-contract-"]').count()).toBe(2)

    const [delivered, other] = contracts
    const row = widget.getByTestId(`lease-contract-${delivered.contract_number}`)
    await row.getByRole("button", { name: "Mark delivered" }).click()
    const drawer = page.getByTestId("deliver-contract-drawer")
    await drawer.waitFor()
    const today = new Date().toISOString().slice(0, 10)
    expect(await page.locator("#deliver-contract-date").inputValue()).toBe(today)
    await drawer.getByRole("button", { name: "Mark delivered" }).click()
    await drawer.waitFor({ state: "detached" })

    const end = addCalendarMonths(new Date(`${today}T00:00:00.000Z`), delivered.lease_term_months).toISOString()
    await waitForText(row.getByTestId("contract-starts-at"), today)
    await waitForText(row.getByTestId("contract-ends-at"), end.slice(0, 10))
    await waitForText(row, "Active")
    expect(await row.getByRole("button", { name: "Mark delivered" }).count()).toBe(0)
    await widget.scrollIntoViewIfNeeded()
    await session.screenshot("lease-contracts-order-widget")

    const after = await contractsOf(orderId)
    expect(
      after.map((c) => [
        c.id,
        c.status,
        c.starts_at && new Date(c.starts_at).toISOString(),
        c.ends_at && new Date(c.ends_at).toISOString(),
      ])
    ).toEqual([
      [delivered.id, "ACTIVE", `${today}T00:00:00.000Z`, end],
      [other.id, "PENDING_DELIVERY", null, null],
    ])
  })

  it("lists every contract on the Lease contracts page with the monthly rent they add up to, and filters those ending soon", async () => {
    const { baseUrl } = e2eApp()
    const [{ n }] = await e2eQuery<{ n: number }>(
      "select count(*)::int as n from lease_contract where deleted_at is null"
    )
    const totals = await e2eQuery<{ currency_code: string; amount: number }>(
      `select currency_code, sum(monthly_rent)::float as amount from lease_contract
        where deleted_at is null and status in ('ACTIVE', 'PENDING_DELIVERY') group by currency_code order by currency_code`
    )
    const [active] = await e2eQuery<{
      contract_number: number
      monthly_rent: number
      currency_code: string
      days: number
    }>(
      `select contract_number, monthly_rent::float as monthly_rent, currency_code, ceil(extract(epoch from ends_at - now()) / 86400)::int as days
         from lease_contract where order_id = $1 and status = 'ACTIVE'`,
      [orderId]
    )

    const { page } = session
    await loginToAdmin(page, baseUrl)
    await page.getByRole("link", { name: "Lease contracts" }).first().click()
    const list = page.getByTestId("lease-contracts-page")
    await waitForText(list, `of ${n} results`)
    const total = list.getByTestId("lease-contracts-rent-total")
    await waitForText(total, totals.map((t) => money(t.amount, t.currency_code)).join(" · "))
    await waitForText(list.locator("tbody tr").filter({ hasText: String(active.contract_number) }), "Active")
    await session.screenshot("lease-contracts-page")

    // Ending within the delivered contract's remaining days: it alone, and its rent alone.
    await list.getByTestId("lease-contracts-page-filter-menu").getByRole("button").click()
    await page.getByRole("menuitem", { name: "Ending within (days)" }).click()
    const days = page.getByPlaceholder("Days, e.g. 30")
    await days.fill(String(active.days))
    await days.press("Enter")
    await page.keyboard.press("Escape")
    await waitForText(list, "of 1 results")
    await waitForText(total, money(active.monthly_rent, active.currency_code))
    expect((await list.locator("tbody tr").first().locator("td").first().innerText()).trim()).toBe(
      String(active.contract_number)
    )
  })
})
