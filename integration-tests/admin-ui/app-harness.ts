import { ChildProcess, execFileSync, spawn } from "child_process"
import { mkdirSync } from "fs"
import path from "path"
import { Client } from "pg"
import { DEMO_ADMIN } from "../../src/scripts/demo/demo-config"

export const ROOT = path.resolve(__dirname, "..", "..")
export const ARTIFACTS = path.join(ROOT, "integration-tests", "artifacts")
const BIN = path.join(ROOT, "node_modules", ".bin")
const PORT = Number(process.env.LEASING_E2E_PORT || 9310)
/** Where separate-host.spec serves an admin built for another host (`admin.backendUrl`). */
export const REMOTE_ADMIN_PORT = Number(process.env.LEASING_E2E_REMOTE_ADMIN_PORT || 9311)
export const REMOTE_ADMIN_ORIGIN = `http://localhost:${REMOTE_ADMIN_PORT}`

function serverUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = encodeURIComponent(process.env.DB_PASSWORD || "")
  return `postgres://${user}:${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/${database}`
}

function env(databaseUrl: string) {
  return {
    ...process.env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH}`,
    DATABASE_URL: databaseUrl,
    PORT: String(PORT),
    // Development mode: production's Secure session cookie would not be set over plain http.
    NODE_ENV: "development",
    // The admin built for a separate host calls the app from another origin.
    ADMIN_CORS: `http://localhost:${PORT},${REMOTE_ADMIN_ORIGIN}`,
    AUTH_CORS: `http://localhost:${PORT},${REMOTE_ADMIN_ORIGIN}`,
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/health`)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The app did not answer ${url}/health within ${timeoutMs / 1000} s`)
}

/**
 * Boots the real app as `npm run dev` does: a fresh database with migrations and the demo
 * seed, then `medusa start` in development mode (the admin served by Vite, our widgets and
 * pages included). Used by jest's globalSetup of the e2e:admin suite, once for all specs.
 */
export async function startAdminApp() {
  const database = `leasing_e2e_${process.pid}`
  const admin = new Client({ connectionString: serverUrl("postgres") })
  await admin.connect()
  await admin.query(`drop database if exists ${database}`)
  await admin.query(`create database ${database}`)
  await admin.end()
  const databaseUrl = serverUrl(database)
  const run = (args: string[], cwd = ROOT) =>
    execFileSync(path.join(BIN, "medusa"), args, { cwd, env: env(databaseUrl), stdio: "inherit" })

  run(["db:migrate"])
  // The browser specs deliver the demo order's contracts themselves: keep them pending.
  execFileSync(path.join(BIN, "medusa"), ["exec", "./src/scripts/seed-demo.ts"], {
    cwd: ROOT,
    env: { ...env(databaseUrl), LEASING_DEMO_LEASE_HISTORY: "false" },
    stdio: "inherit",
  })
  const child = spawn(path.join(BIN, "medusa"), ["start"], {
    cwd: ROOT,
    env: env(databaseUrl),
    stdio: process.env.LEASING_TEST_VERBOSE ? "inherit" : "ignore",
  })
  const baseUrl = `http://localhost:${PORT}`
  await waitForHealth(baseUrl, child, 120_000)
  await warmUpAdmin(baseUrl)
  return {
    baseUrl,
    databaseUrl,
    stop: async () => {
      child.kill("SIGTERM")
      await new Promise((r) => setTimeout(r, 1000))
      const cleanup = new Client({ connectionString: serverUrl("postgres") })
      await cleanup.connect()
      await cleanup.query(`drop database if exists ${database} with (force)`)
      await cleanup.end()
    },
  }
}

/** Vite compiles and pre-bundles the admin on its first visit (and may reload it once): do that before any test. */
async function warmUpAdmin(baseUrl: string) {
  const { browser, page } = await launchBrowser()
  try {
    await page.goto(`${baseUrl}/app/login`, { timeout: 120_000 })
    await page.getByPlaceholder("Email").waitFor({ timeout: 120_000 })
  } finally {
    await browser.close()
  }
}

/** Debian's Chromium driven by playwright-core (a browser downloaded by a test tool would fail here). */
export async function launchBrowser() {
  const { chromium } = await import("playwright-core")
  mkdirSync(ARTIFACTS, { recursive: true })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  })
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  page.setDefaultTimeout(30_000)
  return {
    browser,
    page,
    // The admin scrolls inside its own container: scroll the subject into view before a screenshot.
    screenshot: (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) }),
  }
}

/** The e2e app's address and database, set by the global setup. */
export function e2eApp() {
  const baseUrl = process.env.LEASING_E2E_BASE_URL
  const databaseUrl = process.env.LEASING_E2E_DATABASE_URL
  if (!baseUrl || !databaseUrl) throw new Error("The e2e:admin suite runs through its jest globalSetup")
  return { baseUrl, databaseUrl }
}

/** Logs in to Medusa Admin with the demo admin. */
export async function loginToAdmin(page: import("playwright-core").Page, baseUrl: string) {
  await page.goto(`${baseUrl}/app/login`)
  await page.getByPlaceholder("Email").fill(DEMO_ADMIN.email)
  await page.getByPlaceholder("Password").fill(DEMO_ADMIN.password)
  await page.getByRole("button", { name: /continue with email/i }).click()
  await page.waitForURL((url) => !url.pathname.startsWith("/app/login"))
}

/** Runs SQL against the e2e app's database. */
export async function e2eQuery<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: e2eApp().databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows as T[]
  } finally {
    await client.end()
  }
}
