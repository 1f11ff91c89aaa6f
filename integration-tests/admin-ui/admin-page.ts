import type { Locator, Page } from "playwright-core"
import { DEMO_ADMIN } from "../../src/scripts/demo/demo-config"

/** A row of a DataTable section, found by a text it shows. */
export const tableRow = (page: Page, sectionTestId: string, text: string | RegExp) =>
  page.getByTestId(sectionTestId).getByRole("row").filter({ hasText: text })

/** Opens a DataTable row's action menu (the "…" button) and picks an action. */
export async function rowAction(page: Page, row: Locator, action: string) {
  await row.getByRole("button").last().click()
  await page.getByRole("menuitem", { name: action }).click()
}

/** Confirms Medusa's prompt (usePrompt) with its confirm button. */
export async function confirmPrompt(page: Page, confirmText: string) {
  const dialog = page.getByRole("alertdialog")
  await dialog.getByRole("button", { name: confirmText }).click()
  await dialog.waitFor({ state: "detached" })
}

/** Fills a FormDrawer's text fields (ids are `<drawer>-<field>`) and submits it. */
export async function fillDrawer(page: Page, drawerTestId: string, values: Record<string, string>, submit: string) {
  const drawer = page.getByTestId(drawerTestId)
  await drawer.waitFor()
  for (const [name, value] of Object.entries(values)) {
    await page.locator(`#${drawerTestId}-${name}`).fill(value)
  }
  await drawer.getByRole("button", { name: submit }).click()
  await drawer.waitFor({ state: "detached" })
}

/** Waits until a locator's text contains `text` (DataTables refetch after each mutation). */
export async function waitForText(locator: Locator, text: string | RegExp, timeout = 15_000) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout })
}

/** The admin API with a bearer token, to prepare data a test is not about (many companies for paging). */
export async function adminApi(baseUrl: string) {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  return async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: body ? "POST" : "GET",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    })
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }
}

/** Closes an open dropdown menu; while one is open, Radix hides the rest of the page from the accessibility tree. */
export async function closeMenu(page: Page) {
  // The first Escape may only dismiss the trigger's tooltip.
  for (let attempt = 0; attempt < 3 && (await page.getByRole("menu").count()) > 0; attempt++) {
    await page.keyboard.press("Escape")
    await page.waitForTimeout(200)
  }
  await page.getByRole("menu").waitFor({ state: "detached" })
}

/** Waits until the companies list has loaded its first page (which companies it shows depends on what other specs created). */
export async function waitForCompanies(page: Page) {
  const list = page.getByTestId("companies-page")
  await list.waitFor()
  await list.getByText(/\d+ of \d+ results/).waitFor()
  return list
}
