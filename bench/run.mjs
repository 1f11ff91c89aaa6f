// `npm run bench` (issue #6): stock Medusa's cart update against the plugin's, side by side,
// in one run, on one embedded PostgreSQL with the demo seed, production builds, one server at
// a time. Prints a table (each figure with its ratio to the yardstick) and writes it as JSON
// to bench-results/. Exits non-zero only when a scenario (or the setup) could not run.
import { execFileSync } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { RESULTS_DIR, ROOT, settings, STOCK_APP } from "./lib/config.mjs"
import { createCarts, loadDemo, orderItems } from "./lib/fixtures.mjs"
import { buildApp, medusa, medusaEnv, startServer } from "./lib/medusa.mjs"
import { startBenchPostgres } from "./lib/postgres.mjs"
import { addRatios, evaluateTargets, formatTable, formatTargets } from "./lib/report.mjs"
import { measureScenario, ScenarioError, warmServer } from "./lib/scenario.mjs"
import { stagedPluginApp, stagePluginApp } from "./lib/stage.mjs"

const log = (message) => console.log(`[bench] ${message}`)
const EMAIL = { email: "bench@leasing.test" }
const C = settings.concurrency

// Server warm-ups (see warmServer): stock Medusa's update, and the plugin's leasing path.
const WARM_EMAIL = { method: "POST", body: () => EMAIL }
const WARM_DEVICES = { method: "PATCH", auth: true, body: (d) => ({ order_items: orderItems(d.offers, 10) }) }

// The scenarios of the issue. `body(demo)` and `auth` decide each request; `carts` = connections.
const SCENARIOS = [
  { id: "a", server: "stock", label: "stock POST {email}", method: "POST", carts: 1, body: () => EMAIL },
  { id: "d-a", server: "stock", label: `stock POST {email}, ${C} clients`, method: "POST", carts: C, body: () => EMAIL },
  { id: "b", server: "plugin", label: "plugin POST {email}", method: "POST", carts: 1, body: () => EMAIL },
  ...settings.devices.flatMap((n) => [
    { id: `c-patch-${n}`, server: "plugin", label: `plugin PATCH ${n} devices`, method: "PATCH", carts: 1, auth: true, body: (d) => ({ order_items: orderItems(d.offers, n) }) },
    { id: `c-post-${n}`, server: "plugin", label: `plugin POST ${n} devices`, method: "POST", carts: 1, auth: true, body: (d) => ({ additional_data: { order_items: orderItems(d.offers, n) } }) },
  ]),
  { id: "d-c", server: "plugin", label: `plugin PATCH 10 devices, ${C} clients`, method: "PATCH", carts: C, auth: true, body: (d) => ({ order_items: orderItems(d.offers, 10) }) },
].filter((s) => !settings.only.length || settings.only.includes(s.id))

// The yardstick of each row: (a) for one client, (d a) for the plugin under concurrency.
const baseOf = (id) => (id === "a" ? null : id === "d-c" ? "d-a" : "a")

function templatesFor(scenario, demo, cartIds) {
  const headers = { "content-type": "application/json", "x-publishable-api-key": demo.publishableKey }
  if (scenario.auth) headers.authorization = `Bearer ${demo.companyToken}`
  const body = JSON.stringify(scenario.body(demo))
  return cartIds.map((id) => ({ method: scenario.method, path: `/store/carts/${id}`, headers, body }))
}

function gitState() {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "medusa-config.ts"], { cwd: ROOT, encoding: "utf8" }).trim()
    return { commit, src_dirty: dirty.length > 0 }
  } catch {
    return null
  }
}

const loadAtStart = os.loadavg() // other work on the machine skews every figure: keep a trace of it

async function main() {
  if (!SCENARIOS.length) throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY} names no scenario`)
  mkdirSync(settings.workDir, { recursive: true })
  mkdirSync(RESULTS_DIR, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, "-")
  const logFile = (name) => path.join(settings.workDir, `${name}.log`)
  log(`${settings.quick ? "quick mode, " : ""}${SCENARIOS.length} scenarios; logs in ${settings.workDir}`)

  // The plugin app's sources, frozen now: migrations, seed, build and server all use this copy.
  const pluginApp = settings.skipBuild ? stagedPluginApp() : stagePluginApp()
  const git = settings.skipBuild ? null : gitState()
  const pg = await startBenchPostgres({ port: settings.pgPort, log })
  const servers = []
  const results = []
  const failures = []
  try {
    const env = medusaEnv({ DATABASE_URL: pg.url, ...pg.env, DISABLE_MEDUSA_ADMIN: "true" })
    let t = Date.now()
    log("migrating (plugin app) and seeding the demo")
    await medusa(["db:migrate"], { cwd: pluginApp, env, logFile: logFile("migrate") })
    await medusa(["exec", "./src/scripts/seed-demo.ts"], { cwd: pluginApp, env, logFile: logFile("seed") })
    const demo = await loadDemo(pg)
    log(`database ready in ${((Date.now() - t) / 1000).toFixed(0)} s (${demo.offers.length} leasable FR offers)`)

    const apps = [
      { name: "stock", dir: STOCK_APP, port: settings.stockPort, env },
      // The plugin's rate limit (100/min per credential by default) would answer 429s under load.
      { name: "plugin", dir: pluginApp, port: settings.pluginPort, env: { ...env, LEASING_RATE_LIMIT_PER_MINUTE: "1000000000" } },
    ].filter((app) => SCENARIOS.some((s) => s.server === app.name))
    for (const app of apps) {
      app.serverDir = path.join(app.dir, ".medusa", "server")
      if (settings.skipBuild) continue
      t = Date.now()
      log(`medusa build (${app.name} app)`)
      await buildApp(app.dir, { env: app.env, logFile: logFile(`build-${app.name}`) })
      log(`${app.name} app built in ${((Date.now() - t) / 1000).toFixed(0)} s`)
    }

    // One server at a time, so that they never share the CPU.
    for (const app of apps) {
      const profiling = app.name === "plugin" && settings.cpuProfile.length > 0
      const profileDir = path.join(settings.workDir, "profiles")
      if (profiling) mkdirSync(profileDir, { recursive: true })
      const nodeOptions = [
        profiling ? `--require ${path.join(ROOT, "bench", "lib", "cpu-profile-preload.cjs")}` : "",
        app.name === "plugin" ? process.env.BENCH_PLUGIN_NODE_OPTIONS || "" : "",
      ].join(" ").trim()
      log(`starting the ${app.name} server (production build) on 127.0.0.1:${app.port}`)
      const server = await startServer({
        name: app.name,
        serverDir: app.serverDir,
        port: app.port,
        env: { ...app.env, ...(profiling ? { BENCH_PROFILE_DIR: profileDir } : {}) },
        logFile: logFile(`server-${app.name}`),
        nodeOptions,
      })
      servers.push(server)
      // Same warm-up on both servers (POST {email}); the plugin's also runs its leasing path.
      for (const scenario of app.name === "plugin" ? [WARM_EMAIL, WARM_DEVICES] : [WARM_EMAIL]) {
        const templates = templatesFor(scenario, demo, await createCarts(server.baseUrl, demo, 1))
        await warmServer({ server, templates, count: settings.serverWarmup, maxSeconds: settings.serverWarmupSeconds, log })
      }
      let profiles = 0
      for (const scenario of SCENARIOS.filter((s) => s.server === app.name)) {
        try {
          const carts = await createCarts(server.baseUrl, demo, scenario.carts)
          const profile =
            profiling && settings.cpuProfile.includes(scenario.id)
              ? { dir: profileDir, index: ++profiles, target: path.join(RESULTS_DIR, `bench-${stamp}-${scenario.id}.cpuprofile`) }
              : null
          const result = await measureScenario({
            scenario,
            server,
            db: pg,
            templates: templatesFor(scenario, demo, carts),
            settings,
            log,
            profile,
          })
          results.push(result)
          log(`${scenario.id}: ${result.rps} req/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, ${result.cpu_ms_per_req} CPU ms/req, ${result.sql_per_req} SQL/req, ${result.errors} errors`)
        } catch (err) {
          if (!(err instanceof ScenarioError)) err.message = `${scenario.id}: ${err.message}`
          failures.push({ id: scenario.id, message: err.message })
          console.error(`[bench] scenario ${scenario.id} could not run: ${err.message}`)
        }
      }
      await server.stop()
      servers.pop()
    }
  } finally {
    for (const server of servers) await server.stop().catch(() => {})
    await pg.stop().catch(() => {})
  }

  // Same order as declared, whatever server ran first.
  results.sort((x, y) => SCENARIOS.findIndex((s) => s.id === x.id) - SCENARIOS.findIndex((s) => s.id === y.id))
  addRatios(results, baseOf)
  const targets = evaluateTargets(results)
  console.log(`\nEach cell: value ×ratio to the "vs" scenario (a for one client; d-a for the plugin under ${C} clients).\n`)
  console.log(formatTable(results))
  console.log(`\nTargets (reported, not asserted):\n${formatTargets(targets)}`)
  for (const r of results) for (const note of r.notes) console.log(`note ${r.id}: ${note}`)

  const file = path.join(RESULTS_DIR, `bench-${stamp}.json`)
  const report = {
    created_at: new Date().toISOString(),
    git, // the commit the sources were copied at, and whether src/ had uncommitted changes
    machine: { loadavg_at_start: loadAtStart, loadavg_at_end: os.loadavg(), cpus: os.cpus().length, cpu_model: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    settings: { ...settings, workDir: undefined },
    method: {
      load: "autocannon 9, keep-alive, one connection per cart; counts bounded by BENCH_REQUESTS and time",
      cpu: "utime+stime of the server process (all threads) from /proc/<pid>/stat, measured window / requests",
      pg_cpu: "utime+stime of PostgreSQL's postmaster and backends (exited ones included), / requests",
      sql: "pg_stat_statements (track=top, track_utility=on): sum of calls in the bench database, reset before each measured run; includes BEGIN/COMMIT/SAVEPOINT",
      memory: "peak RSS of the server process in the measured window: VmHWM after clear_refs, or VmRSS sampled every 100 ms",
    },
    scenarios: results,
    targets,
    failures,
  }
  writeFileSync(file, JSON.stringify(report, null, 2))
  console.log(`\nJSON: ${path.relative(process.cwd(), file) || file}`)
  for (const f of failures) console.error(`[bench] FAILED ${f.message}`)
  // Keep the server and build logs when something failed (or when asked to).
  if (failures.length || process.env.BENCH_KEEP_LOGS) console.error(`[bench] logs kept in ${settings.workDir}`)
  else rmSync(settings.workDir, { recursive: true, force: true })
  return failures.length ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[bench] ${err.stack || err.message}`)
    process.exit(1)
  }
)
