// Command 1: `npm run dev`. Starts PostgreSQL (embedded, unless DATABASE_URL is given),
// applies migrations, seeds the demo leasing business and runs `medusa develop`.
import { spawn } from "node:child_process"
import pg from "pg"
import { resolveDevDatabase } from "./lib/database.mjs"
import { DEMO_WRITE_TOKEN_SEED, demoApiTokenSecret, hashApiTokenSecret } from "./lib/demo-api-token.mjs"
import { childEnv, runOrThrow, ROOT } from "./lib/run.mjs"

const PORT = Number(process.env.PORT || 9000)
const log = (message) => console.log(`[medusa-leasing] ${message}`)

let database
try {
  database = await resolveDevDatabase({ log })
} catch (err) {
  console.error(`[medusa-leasing] ${err.message}`)
  process.exit(1)
}
log(database.embedded ? `embedded PostgreSQL ready (${new URL(database.url).host})` : "using DATABASE_URL")

const env = childEnv({ DATABASE_URL: database.url, PORT: String(PORT) })
let medusa
const shutdown = async (code) => {
  // `medusa develop` runs the server in a child process: signal the whole group.
  if (medusa?.pid) {
    try {
      process.kill(-medusa.pid, "SIGTERM")
    } catch {}
  }
  await database.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  log("applying migrations")
  await runOrThrow("medusa", ["db:migrate"], { env })
  log("seeding the demo leasing business (idempotent)")
  await runOrThrow("medusa", ["exec", "./src/scripts/seed-demo.ts"], { env })
} catch (err) {
  console.error(`[medusa-leasing] ${err.message}`)
  await shutdown(1)
}

medusa = spawn("medusa", ["develop"], { cwd: ROOT, env, stdio: "inherit", detached: true })
medusa.on("exit", (code) => shutdown(code ?? 0))
await waitForHealth()
await printWhatToTry()

async function waitForHealth() {
  for (let i = 0; i < 180; i++) {
    try {
      const res = await fetch(`http://localhost:${PORT}/health`)
      if (res.ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function printWhatToTry() {
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    // The title is DEMO_PUBLISHABLE_KEY_TITLE of src/scripts/demo/demo-config.ts.
    const { rows } = await client.query(
      "select token from api_key where title = 'Leasing storefront key' and revoked_at is null and deleted_at is null limit 1"
    )
    const key = rows[0]?.token ?? "<no publishable key>"
    const companyToken = await demoCompanyToken(client)
    const admin = process.env.LEASING_DEMO_ADMIN_EMAIL || "admin@leasing.test"
    const password = process.env.LEASING_DEMO_ADMIN_PASSWORD || "supersecret"
    console.log(`
================ medusa-leasing is running ================
Admin:            http://localhost:${PORT}/app
  login:          ${admin} / ${password}
Publishable key:  ${key}
Try:
  curl -s http://localhost:${PORT}/store/regions -H 'x-publishable-api-key: ${key}'
Company API token (demo only, WRITE, Acme Robotics SAS):
                  ${companyToken}
  curl -s http://localhost:${PORT}/store/leasing/company -H 'x-publishable-api-key: ${key}' \\
    -H 'authorization: Bearer ${companyToken}'
============================================================
`)
  } finally {
    await client.end()
  }
}

// The demo seed derives its tokens from public strings: print one only if it still works.
async function demoCompanyToken(client) {
  const secret = demoApiTokenSecret(DEMO_WRITE_TOKEN_SEED)
  const { rows } = await client.query(
    "select 1 from leasing_api_token where token_hash = $1 and revoked_at is null and deleted_at is null",
    [hashApiTokenSecret(secret)]
  )
  return rows.length ? secret : "<the demo token was revoked: issue one in the admin>"
}
