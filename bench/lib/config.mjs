// Every knob of `npm run bench`, read once from the environment. Each request loop is bounded
// twice: by a request count and by a time limit (both below), whichever comes first.
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const STOCK_APP = path.join(ROOT, "bench", "stock-app")
export const RESULTS_DIR = path.join(ROOT, "bench-results")
export const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")

const num = (name, fallback) => {
  const value = process.env[name]
  if (value === undefined || value === "") return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`)
  return n
}
const flag = (name) => ["1", "true", "yes"].includes(String(process.env[name] ?? "").toLowerCase())

const quick = flag("BENCH_QUICK")

export const settings = {
  quick,
  /** Measured requests per scenario at most (the time limit usually stops slow scenarios first). */
  maxRequests: num("BENCH_REQUESTS", 200),
  /** Target length of a measured run: the request count is sized from the warm-up's rate to fit it. */
  seconds: num("BENCH_SECONDS", quick ? 5 : 20),
  /** Warm-up requests per scenario (at least one per connection), also capped in time. */
  warmup: num("BENCH_WARMUP", quick ? 5 : 20),
  warmupSeconds: num("BENCH_WARMUP_SECONDS", quick ? 10 : 30),
  /** Requests that bring each freshly started server to steady state (per route warmed), capped in time. */
  serverWarmup: num("BENCH_SERVER_WARMUP", quick ? 30 : 100),
  serverWarmupSeconds: num("BENCH_SERVER_WARMUP_SECONDS", quick ? 20 : 60),
  /** Checkout scenarios: ready carts measured (each checked out once), and warm-up checkouts before them. */
  checkoutCarts: num("BENCH_CHECKOUT_CARTS", quick ? 4 : 30),
  checkoutWarmup: num("BENCH_CHECKOUT_WARMUP", quick ? 1 : 5),
  /** Clients of the (d) scenarios, each on its own cart. */
  concurrency: num("BENCH_CONCURRENCY", 10),
  /** Size of the large catalog of the catalog scenarios: product groups, and variants in each. */
  catalogGroups: num("BENCH_CATALOG_GROUPS", 2000),
  catalogVariantsPerGroup: num("BENCH_CATALOG_VARIANTS_PER_GROUP", 5),
  /** Device counts of the (c) scenarios. */
  devices: (process.env.BENCH_DEVICES || "1,10,50")
    .split(",")
    .map((n) => Number(n.trim()))
    .filter((n) => n > 0),
  /** Only these scenario ids or groups (comma-separated, e.g. "a,c-patch-10" or "catalog"); all by default. */
  only: (process.env.BENCH_ONLY || "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
  pgPort: num("BENCH_PG_PORT", 54360),
  stockPort: num("BENCH_STOCK_PORT", 9361),
  pluginPort: num("BENCH_PLUGIN_PORT", 9362),
  /** Repeat every server session this many times; each figure is then the median of the rounds. */
  rounds: num("BENCH_ROUNDS", 1),
  /** Measure (a) again at the end of the run (a-end) to show the yardstick's drift. */
  recheck: process.env.BENCH_RECHECK !== "0",
  /** Bench this commit's sources instead of the work tree's (e.g. HEAD, main, a sha). */
  ref: process.env.BENCH_REF || "",
  /** Reuse the existing `.medusa/server` builds (development of the harness only). */
  skipBuild: flag("BENCH_SKIP_BUILD"),
  /** Profile the plugin server (node:inspector) during the measured run of these scenarios. */
  cpuProfile: (process.env.BENCH_CPU_PROFILE || "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
  /** Where server logs, build logs and the database live during the run. */
  workDir: path.join(os.tmpdir(), "medusa-leasing", `bench-${process.pid}`),
}
