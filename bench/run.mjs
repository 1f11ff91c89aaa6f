// `npm run bench` (issue #6): stock Medusa's cart update against the plugin's, side by side,
// in one run, on one embedded PostgreSQL with the demo seed, production builds, one server at
// a time. Prints a table (each figure with its ratio to the yardstick) and writes it as JSON
// to bench-results/. Exits non-zero only when a scenario (or the setup) could not run.
import { execFileSync } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { RESULTS_DIR, ROOT, settings, STOCK_APP } from "./lib/config.mjs"
import { CATALOG_SCENARIOS, CatalogSize } from "./lib/catalog-scenarios.mjs"
import { CHECKOUT_SCENARIOS, checkoutPool } from "./lib/checkout-scenarios.mjs"
import { createCarts, loadDemo, orderItems } from "./lib/fixtures.mjs"
import { buildApp, medusa, medusaEnv, startServer } from "./lib/medusa.mjs"
import { startBenchPostgres } from "./lib/postgres.mjs"
import { addRatios, evaluateTargets, formatTable, formatTargets, mergeRounds } from "./lib/report.mjs"
import { measureOneShot, measureScenario, ScenarioError, warmServer } from "./lib/scenario.mjs"
import { stagedPluginApp, stagePluginApp } from "./lib/stage.mjs"

const log = (message) => console.log(`[bench] ${message}`)
const EMAIL = { email: "bench@leasing.test" }
const C = settings.concurrency

// Each request of a (c) or (d c) scenario really replaces every device: a client's requests
// alternate between the N devices leased and the same N devices bought, and the plugin keeps a
// device only when every leasing field and its price are unchanged. `c-patch-10-same` resends
// one payload: the no-change path.
const devices = (n) => (d) => [
  { order_items: orderItems(d.offers, n, "LEASING") },
  { order_items: orderItems(d.offers, n, "BUY") },
]
const inPost = (bodies) => (d) => bodies(d).map((body) => ({ additional_data: body }))

// Server warm-ups (see warmServer): stock Medusa's update, and the plugin's leasing path.
const WARM_EMAIL = { method: "POST", bodies: () => [EMAIL] }
const WARM_DEVICES = { method: "PATCH", auth: true, bodies: devices(10) }

// The scenarios of the issue. `bodies(demo)` and `auth` decide the requests; `carts` = connections.
const SCENARIOS = [
  { id: "a", server: "stock", label: "stock POST {email}", method: "POST", carts: 1, bodies: () => [EMAIL] },
  {
    id: "d-a",
    server: "stock",
    label: `stock POST {email}, ${C} clients`,
    method: "POST",
    carts: C,
    bodies: () => [EMAIL],
  },
  // The anchor: how a plain Medusa storefront adds one device (core's add-to-cart, one item).
  {
    id: "a-add",
    server: "stock",
    label: "stock POST /line-items, 1 item",
    method: "POST",
    carts: 1,
    subpath: "/line-items",
    bodies: (d) => [{ variant_id: d.plainVariantId, quantity: 1 }],
  },
  { id: "b", server: "plugin", label: "plugin POST {email}", method: "POST", carts: 1, bodies: () => [EMAIL] },
  ...settings.devices.flatMap((n) => [
    {
      id: `c-patch-${n}`,
      server: "plugin",
      label: `plugin PATCH ${n} devices`,
      method: "PATCH",
      carts: 1,
      auth: true,
      bodies: devices(n),
    },
    {
      id: `c-post-${n}`,
      server: "plugin",
      label: `plugin POST ${n} devices`,
      method: "POST",
      carts: 1,
      auth: true,
      bodies: inPost(devices(n)),
    },
  ]),
  {
    id: "c-patch-10-same",
    server: "plugin",
    label: "plugin PATCH 10 devices, unchanged",
    method: "PATCH",
    carts: 1,
    auth: true,
    bodies: (d) => devices(10)(d).slice(0, 1),
  },
  {
    id: "d-c",
    server: "plugin",
    label: `plugin PATCH 10 devices, ${C} clients`,
    method: "PATCH",
    carts: C,
    auth: true,
    bodies: devices(10),
  },
  // Store catalog and pricing routes at the demo's size, then at a large catalog's (issue #15).
  ...CATALOG_SCENARIOS,
  // Checkout (issue #22): validate of N leased devices against stock's complete of N plain items.
  ...CHECKOUT_SCENARIOS,
  // BENCH_ONLY takes scenario ids or a group name, e.g. BENCH_ONLY=catalog.
].filter((s) => !settings.only.length || settings.only.includes(s.id) || (s.group && settings.only.includes(s.group)))
// (a) once more on a restarted stock server after the plugin's scenarios: how far the yardstick
// drifted during the run (this machine's speed varies by tens of percent from minute to minute).
if (settings.recheck && SCENARIOS.some((s) => s.id === "a") && SCENARIOS.some((s) => s.server === "plugin")) {
  SCENARIOS.push({
    ...SCENARIOS.find((s) => s.id === "a"),
    id: "a-end",
    label: "stock POST {email}, again at the end",
    phase: "end",
  })
}

// The yardstick of each row: (a) for one client, (d a) for the plugin under concurrency, and
// for the catalog scenarios the same route at the demo's size (their `vs`).
const baseOf = (id) => {
  const scenario = SCENARIOS.find((s) => s.id === id)
  if (scenario && "vs" in scenario) return scenario.vs
  return id === "a" ? null : id === "d-c" ? "d-a" : "a"
}
const phaseOf = (scenario) => scenario.phase || "start"

/** Per cart (connection), the requests it sends in turn; a GET scenario's path needs no cart. */
function templatesFor(scenario, demo, cartIds) {
  const headers = { "content-type": "application/json", "x-publishable-api-key": demo.publishableKey }
  if (scenario.path) {
    return Array.from({ length: scenario.connections ?? 1 }, () => [
      { method: "GET", path: scenario.path(demo), headers },
    ])
  }
  if (scenario.auth) headers.authorization = `Bearer ${demo.companyToken}`
  const bodies = scenario.bodies(demo).map((body) => JSON.stringify(body))
  return cartIds.map((id) =>
    bodies.map((body) => ({
      method: scenario.method,
      path: `/store/carts/${id}${scenario.subpath ?? ""}`,
      headers,
      body,
    }))
  )
}

function gitState(ref) {
  try {
    const commit = execFileSync("git", ["rev-parse", ref || "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()
    if (ref) return { ref, commit, src_dirty: false }
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "medusa-config.ts"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim()
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
  const pluginApp = settings.skipBuild ? stagedPluginApp() : stagePluginApp(settings.ref)
  const git = settings.skipBuild ? null : gitState(settings.ref)
  const pg = await startBenchPostgres({ port: settings.pgPort, log })
  const servers = []
  let results = []
  const failures = []
  try {
    const env = medusaEnv({ DATABASE_URL: pg.url, ...pg.env, DISABLE_MEDUSA_ADMIN: "true" })
    let t = Date.now()
    log("migrating (plugin app) and seeding the demo")
    await medusa(["db:migrate"], { cwd: pluginApp, env, logFile: logFile("migrate") })
    await medusa(["exec", "./src/scripts/seed-demo.ts"], { cwd: pluginApp, env, logFile: logFile("seed") })
    const demo = await loadDemo(pg)
    const catalogSize = new CatalogSize(pg, log)
    log(
      `database ready in ${((Date.now() - t) / 1000).toFixed(0)} s (${demo.offers.length} leasable and purchasable FR offers)`
    )

    const apps = [
      { name: "stock", dir: STOCK_APP, port: settings.stockPort, env },
      // The plugin's rate limit (100/min per credential by default) would answer 429s under load.
      {
        name: "plugin",
        dir: pluginApp,
        port: settings.pluginPort,
        env: { ...env, LEASING_RATE_LIMIT_PER_MINUTE: "1000000000" },
      },
    ].filter((app) => SCENARIOS.some((s) => s.server === app.name))
    // Server sessions in order: stock then plugin, once per round, then stock again for a-end.
    const rounds = Array.from({ length: settings.rounds }, (_, i) =>
      apps.map((app) => ({ app, phase: "start", round: i + 1 }))
    )
    const sessions = [
      ...rounds.flat(),
      ...apps.filter((a) => a.name === "stock").map((app) => ({ app, phase: "end", round: 1 })),
    ].filter(({ app, phase }) => SCENARIOS.some((s) => s.server === app.name && phaseOf(s) === phase))
    for (const app of apps) {
      app.serverDir = path.join(app.dir, ".medusa", "server")
      if (settings.skipBuild) continue
      t = Date.now()
      log(`medusa build (${app.name} app)`)
      await buildApp(app.dir, { env: app.env, logFile: logFile(`build-${app.name}`) })
      log(`${app.name} app built in ${((Date.now() - t) / 1000).toFixed(0)} s`)
    }

    // One server at a time, so that they never share the CPU.
    for (const { app, phase, round } of sessions) {
      if (phase === "end") log("the stock server once more, for a-end")
      else if (settings.rounds > 1) log(`round ${round} of ${settings.rounds}`)
      // BENCH_CPU_PROFILE may name scenarios of either server (stock's, to compare profiles).
      const profiling = SCENARIOS.some((s) => s.server === app.name && settings.cpuProfile.includes(s.id))
      const profileDir = path.join(settings.workDir, "profiles")
      if (profiling) mkdirSync(profileDir, { recursive: true })
      const nodeOptions = [
        profiling ? `--require ${path.join(ROOT, "bench", "lib", "cpu-profile-preload.cjs")}` : "",
        app.name === "plugin" ? process.env.BENCH_PLUGIN_NODE_OPTIONS || "" : "",
      ]
        .join(" ")
        .trim()
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
      // Same warm-up on both servers (POST {email}). The plugin's leasing path is warmed up
      // only after (b), so that (a) and (b) run on servers in the same state (heap included).
      const warm = async (scenario) => {
        const templates = templatesFor(scenario, demo, await createCarts(server.baseUrl, demo, 1))
        await warmServer({
          server,
          templates,
          count: settings.serverWarmup,
          maxSeconds: settings.serverWarmupSeconds,
          log,
        })
      }
      await warm(WARM_EMAIL)
      let leasingWarm = false
      let catalogWarm = false
      let profiles = 0
      for (const scenario of SCENARIOS.filter((s) => s.server === app.name && phaseOf(s) === phase)) {
        try {
          if (scenario.auth && !leasingWarm) {
            leasingWarm = true
            await warm(WARM_DEVICES)
          }
          if (scenario.catalog) await catalogSize.set(scenario.catalog)
          if (scenario.path && !catalogWarm) {
            // The catalog routes get the same server warm-up as the cart routes did.
            catalogWarm = true
            for (const route of SCENARIOS.filter((s) => s.warms)) await warm(route)
          }
          const carts = scenario.path || scenario.oneShot ? [] : await createCarts(server.baseUrl, demo, scenario.carts)
          const profile =
            profiling && settings.cpuProfile.includes(scenario.id)
              ? {
                  dir: profileDir,
                  index: ++profiles,
                  target: path.join(
                    RESULTS_DIR,
                    `bench-${stamp}-${scenario.id}${round > 1 ? `-${round}` : ""}.cpuprofile`
                  ),
                }
              : null
          const result = scenario.oneShot
            ? await measureOneShot({
                scenario,
                server,
                db: pg,
                pool: await checkoutPool(
                  scenario,
                  server.baseUrl,
                  demo,
                  settings.checkoutWarmup + settings.checkoutCarts
                ),
                settings,
                log,
                profile,
              })
            : await measureScenario({
                scenario,
                server,
                db: pg,
                templates: templatesFor(scenario, demo, carts),
                settings,
                log,
                profile,
              })
          result.round = round
          results.push(result)
          if (scenario.catalog) result.catalog = catalogSize.current
          log(
            `${scenario.id}: ${result.rps} req/s, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms, ${result.cpu_ms_per_req} CPU ms/req, ${result.sql_per_req} SQL/req, ${result.errors} errors, other work ${result.other_cpu_cores} cores`
          )
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

  // One row per scenario (the median of its rounds), in the order declared.
  results = mergeRounds(results)
  results.sort((x, y) => SCENARIOS.findIndex((s) => s.id === x.id) - SCENARIOS.findIndex((s) => s.id === y.id))
  addRatios(results, baseOf)
  const targets = evaluateTargets(results)
  console.log(
    `\nEach cell: value ×ratio to the "vs" scenario (a for one client; d-a for the plugin under ${C} clients).\n`
  )
  console.log(formatTable(results))
  console.log(`\nTargets (reported, not asserted):\n${formatTargets(targets)}`)
  for (const r of results) for (const note of r.notes) console.log(`note ${r.id}: ${note}`)
  const aEnd = results.find((r) => r.id === "a-end")
  if (aEnd) {
    console.log(
      `yardstick drift over the run: a-end/a CPU ms/req ×${aEnd.ratios.cpu_ms_per_req}, p50 ×${aEnd.ratios.p50_ms}, req/s ×${aEnd.ratios.rps} (ratios closer to their target than this are within noise)`
    )
  }

  const file = path.join(RESULTS_DIR, `bench-${stamp}.json`)
  const report = {
    created_at: new Date().toISOString(),
    git, // the commit the sources were copied at, and whether src/ had uncommitted changes
    machine: {
      loadavg_at_start: loadAtStart,
      loadavg_at_end: os.loadavg(),
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model,
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: { ...settings, workDir: undefined },
    method: {
      load: "autocannon 9, keep-alive, one connection per cart; counts bounded by BENCH_REQUESTS and time",
      cpu: "utime+stime of the server process (all threads) from /proc/<pid>/stat, measured window / requests",
      pg_cpu: "utime+stime of PostgreSQL's postmaster and backends (exited ones included), / requests",
      sql: "pg_stat_statements (track=top, track_utility=on): sum of calls in the bench database, reset before each measured run; includes BEGIN/COMMIT/SAVEPOINT",
      memory:
        "peak RSS of the server process in the measured window: VmHWM after clear_refs, or VmRSS sampled every 100 ms",
      other_cpu:
        "machine-wide busy CPU (/proc/stat) minus server, PostgreSQL and bench, in cores over the window: other work skewing the figures",
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
