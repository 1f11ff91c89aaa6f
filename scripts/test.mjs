// Command 2: `npm test`. Type-checks and checks the format, then runs every jest suite; the suites that need
// PostgreSQL get an ephemeral embedded server (or the server of DATABASE_URL when given).
// Medusa's own logs are hidden unless LEASING_TEST_VERBOSE is set; failures always print.
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { makeTempDataDir, startEmbeddedPostgres } from "./lib/database.mjs"
import { childEnv, run, runCapturing } from "./lib/run.mjs"

const SUITES = [
  { name: "unit", db: false },
  { name: "integration:modules", db: true },
  { name: "integration:http", db: true },
  { name: "integration:plugin", db: true },
  { name: "integration:crash", db: true },
  { name: "e2e:admin", db: true },
  // Two server instances and a worker of a production build on Redis (README, "Production").
  { name: "integration:cluster", db: true },
]
// `node scripts/test.mjs integration:http cart` runs only the named suites, and within
// them only the test files matching the other arguments (jest path patterns).
const args = process.argv.slice(2)
const only = args.filter((a) => SUITES.some((s) => s.name === a))
const patterns = args.filter((a) => !only.includes(a))
const suites = only.length ? SUITES.filter((s) => only.includes(s.name)) : SUITES
const log = (message) => console.log(`\n[medusa-leasing test] ${message}`)
const results = []
const reportDir = path.join(os.tmpdir(), "medusa-leasing", `jest-reports-${process.pid}`)
mkdirSync(reportDir, { recursive: true })

log("tsc --noEmit (backend, then admin extensions)")
const tscCode = (await run("tsc", ["--noEmit"])) || (await run("tsc", ["--noEmit", "-p", "src/admin/tsconfig.json"]))
results.push({ name: "typecheck", code: tscCode, passed: 0, failed: tscCode === 0 ? 0 : 1 })
log("prettier --check (one format: .prettierrc.json; `npm run format` fixes it)")
const formatCode = await run("prettier", ["--check", "--log-level", "warn", "."])
results.push({ name: "format", code: formatCode, passed: 0, failed: formatCode === 0 ? 0 : 1 })
if (suites.some((s) => s.name === "e2e:admin")) {
  await ensureChromium()
}
if (suites.some((s) => s.name === "integration:cluster")) {
  await ensureRedis()
}

let database
if (suites.some((s) => s.db)) {
  database = await databaseForTests()
}
try {
  for (const suite of suites) {
    log(`jest ${suite.name}`)
    const reportFile = path.join(reportDir, `${suite.name.replace(/:/g, "-")}.json`)
    const { code, output } = await runCapturing(
      "jest",
      [
        ...inBandOrRecycled(suite),
        "--forceExit",
        `--silent=${!process.env.LEASING_TEST_VERBOSE}`,
        "--json",
        `--outputFile=${reportFile}`,
        ...patterns,
      ],
      {
        env: childEnv({
          TEST_TYPE: suite.name,
          NODE_OPTIONS: "--experimental-vm-modules --max-old-space-size=6144",
          LOG_LEVEL: process.env.LEASING_TEST_VERBOSE ? "info" : "error",
          ...database?.env,
        }),
      }
    )
    const report = readReport(reportFile, output)
    results.push({ name: suite.name, code, passed: report.numPassedTests, failed: report.numFailedTests })
  }
} finally {
  await database?.stop()
  rmSync(reportDir, { recursive: true, force: true })
}

console.log("\n[medusa-leasing test] summary")
for (const r of results) {
  console.log(`  ${r.code === 0 ? "ok  " : "FAIL"} ${r.name.padEnd(20)} ${r.passed} passed, ${r.failed} failed`)
}
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
const ok = results.every((r) => r.code === 0)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(ok ? 0 : 1)

/**
 * One spec file at a time. The HTTP suite boots a Medusa app per file, and some of each boot stays
 * in the process (jest ran out of heap after ~20 files in band): there, one worker process that
 * jest replaces once it holds more than 1.5 GB between files.
 */
function inBandOrRecycled(suite) {
  return suite.name === "integration:http" ? ["--maxWorkers=1", "--workerIdleMemoryLimit=1500MB"] : ["--runInBand"]
}

/** Browser tests drive Debian's Chromium; install it when missing and we may (root with apt). */
async function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (existsSync(chromium)) return
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    console.error(`[medusa-leasing test] ${chromium} is missing: install Debian's chromium (or set CHROMIUM_PATH)`)
    return
  }
  log("installing Debian's chromium for the browser tests")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  await run("apt-get", ["update", "-qq"], { env })
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { env })
}

/** The cluster suite starts Debian's redis-server; install it when missing and we may (root with apt). */
async function ensureRedis() {
  const redis = process.env.REDIS_SERVER_PATH || "/usr/bin/redis-server"
  if (existsSync(redis)) return
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    console.error(`[medusa-leasing test] ${redis} is missing: install Debian's redis-server (or set REDIS_SERVER_PATH)`)
    return
  }
  log("installing Debian's redis-server for the cluster tests")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  await run("apt-get", ["update", "-qq"], { env })
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "redis-server"], { env })
}

/** Jest's JSON report; when jest could not write it, the counts of its printed summary. */
function readReport(file, output) {
  try {
    return JSON.parse(readFileSync(file, "utf8"))
  } catch {
    const line =
      output
        .split("\n")
        .reverse()
        .find((l) => /^Tests:/.test(l.trim())) ?? ""
    const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0)
    return { numPassedTests: count("passed"), numFailedTests: count("failed") }
  }
}

async function databaseForTests() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    log(`using the PostgreSQL server of DATABASE_URL (${url.hostname}:${url.port || 5432})`)
    return {
      env: {
        DB_HOST: url.hostname,
        DB_PORT: url.port || "5432",
        DB_USERNAME: decodeURIComponent(url.username),
        DB_PASSWORD: decodeURIComponent(url.password),
      },
      stop: async () => {},
    }
  }
  const port = Number(process.env.LEASING_TEST_PG_PORT || 54330)
  const server = await startEmbeddedPostgres({
    dataDir: await makeTempDataDir("test-pgdata"),
    port,
    ephemeral: true,
    fast: true,
    log: (m) => console.error(m),
  })
  log(`embedded PostgreSQL on localhost:${port}`)
  return {
    // test-utils forces SSL unless the host is the literal "localhost".
    env: { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: server.user, DB_PASSWORD: server.password },
    stop: server.stop,
  }
}
