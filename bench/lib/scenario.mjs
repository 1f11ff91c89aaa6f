// One scenario: probe every connection's request (200 or abort), warm up, size the measured
// run from the warm-up's rate, then measure load, server CPU, PostgreSQL statements and memory.
import { existsSync, renameSync } from "node:fs"
import path from "node:path"
import { probe, runLoad } from "./load.mjs"
import { cpuMs, machineCpuMs, startMemoryWatch, waitForIdle } from "./proc.mjs"

export class ScenarioError extends Error {}

const round = (n, digits = 1) => (n == null || !Number.isFinite(n) ? null : Number(n.toFixed(digits)))

async function waitForFile(file, ms) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (existsSync(file)) return true
    await new Promise((r) => setTimeout(r, 200))
  }
  return false
}

/**
 * Brings a freshly started server to steady state before anything is measured: V8 needs about
 * a hundred requests of a route before its CPU per request stops falling (measured: 129 ms of
 * CPU per stock cart update after 5 requests, 65-68 ms after 100 or 300).
 */
export async function warmServer({ server, templates, count, maxSeconds, log }) {
  const first = templates[0][0]
  const answer = await probe(server.baseUrl, first)
  if (!answer.ok) {
    log(`warm-up of the ${server.name} server skipped: ${first.method} answered ${answer.status}: ${answer.body}`)
    return
  }
  const run = await runLoad({ baseUrl: server.baseUrl, templates, amount: count, maxSeconds })
  log(`${server.name} server warmed up: ${first.method} x${run.completed} in ${run.elapsedSeconds.toFixed(0)} s`)
  if (run.cut) await waitForIdle(server.pid, { maxMs: 60_000 })
}

/**
 * `templates`: per connection, the autocannon requests ({method, path, headers, body}) it sends
 * in turn. `profile`: {dir, index, target} to capture a CPU profile of the measured window.
 */
export async function measureScenario({ scenario, server, db, templates, settings, log, profile }) {
  for (const [i, requests] of templates.entries()) {
    for (const [j, request] of requests.entries()) {
      const answer = await probe(server.baseUrl, request)
      if (!answer.ok) {
        throw new ScenarioError(
          `${scenario.id}: ${request.method} ${request.path} (connection ${i + 1}, body ${j + 1}) answered ${answer.status || "nothing"} instead of 200: ${answer.body}`
        )
      }
    }
  }

  const warm = await runLoad({
    baseUrl: server.baseUrl,
    templates,
    amount: Math.max(settings.warmup, templates.length),
    maxSeconds: settings.warmupSeconds,
  })
  if (warm.completed === 0)
    throw new ScenarioError(`${scenario.id}: no warm-up request completed in ${settings.warmupSeconds} s`)
  // autocannon starts every connection at its first request: leave each cart in the state of the
  // last one, so that alternating requests change the cart from the first measured one on.
  if (templates[0].length > 1) {
    for (const requests of templates) {
      const answer = await probe(server.baseUrl, requests[requests.length - 1])
      if (!answer.ok)
        throw new ScenarioError(
          `${scenario.id}: ${requests[0].path} answered ${answer.status} after the warm-up: ${answer.body}`
        )
    }
  }
  // Fill the target time at the warm-up's rate, within [1 per connection, maxRequests].
  const rate = warm.completed / Math.max(warm.elapsedSeconds, 0.001)
  const amount = Math.min(settings.maxRequests, Math.max(templates.length, Math.ceil(rate * settings.seconds)))
  return measureWindow({ scenario, server, db, templates, amount, settings, log, profile, warm, rate })
}

/**
 * A one-shot scenario (a checkout): `pool` holds distinct requests, each valid once. The first
 * `settings.checkoutWarmup` warm the route up, the rest are measured, each exactly once, in one
 * connection; any answer but a success fails the scenario, since a refused checkout costs less.
 */
export async function measureOneShot({ scenario, server, db, pool, settings, log, profile }) {
  const warmPool = pool.slice(0, settings.checkoutWarmup)
  const measured = pool.slice(settings.checkoutWarmup)
  const first = await probe(server.baseUrl, warmPool[0])
  if (!first.ok || !scenario.oneShot.succeeded(first.body)) {
    throw new ScenarioError(
      `${scenario.id}: ${warmPool[0].method} ${warmPool[0].path} answered ${first.status || "nothing"}: ${first.body}`
    )
  }
  const rest = warmPool.slice(1)
  const warm = rest.length
    ? await runLoad({
        baseUrl: server.baseUrl,
        templates: [rest],
        amount: rest.length,
        maxSeconds: settings.warmupSeconds,
      })
    : { completed: 1, elapsedSeconds: 1, non2xx: 0, errors: 0, statusCodes: { 200: 1 } }
  const rate = warm.completed / Math.max(warm.elapsedSeconds, 0.001)
  const amount = Math.min(measured.length, Math.max(1, Math.ceil(rate * settings.seconds)))
  const result = await measureWindow({
    scenario,
    server,
    db,
    templates: [measured.slice(0, amount)],
    amount,
    settings,
    log,
    profile,
    warm,
    rate,
  })
  if (result.errors)
    throw new ScenarioError(
      `${scenario.id}: ${result.errors} checkout(s) refused: ${JSON.stringify(result.status_codes)}`
    )
  return result
}

/** The measured window: load, server and PostgreSQL CPU, statements and memory over `amount` requests. */
async function measureWindow({ scenario, server, db, templates, amount, settings, log, profile, warm, rate }) {
  const maxSeconds = settings.seconds * 1.5 + 5 // hard limit: the count normally ends the run first
  await waitForIdle(server.pid, { maxMs: 30_000 })

  await db.resetStatements()
  const cpu0 = cpuMs(server.pid)
  const dbCpu0 = db.cpuMs()
  const machine0 = machineCpuMs()
  const self0 = process.cpuUsage()
  const t0 = Date.now()
  const memory = startMemoryWatch(server.pid)
  if (profile) server.signal("SIGUSR2")
  log(`${scenario.id}: measuring ${amount} requests over ${templates.length} connection(s) (limit ${maxSeconds} s)`)
  const run = await runLoad({ baseUrl: server.baseUrl, templates, amount, maxSeconds })
  // Requests cut by the time limit still run to their end on the server: count them in.
  const inFlight = run.cut ? Math.min(templates.length, amount - run.completed) : 0
  await waitForIdle(server.pid, { maxMs: run.cut ? 60_000 : 5_000 })
  if (profile) server.signal("SIGUSR2")
  const cpu = cpuMs(server.pid) - cpu0
  const dbCpu = db.cpuMs() - dbCpu0
  // Whatever else ran meanwhile (other processes, kernel), in cores: it skews every figure.
  const machine1 = machineCpuMs()
  const self = process.cpuUsage(self0)
  const windowMs = Date.now() - t0
  const otherCores = (machine1.busy - machine0.busy - cpu - dbCpu - (self.user + self.system) / 1000) / windowMs
  const stealCores = (machine1.steal - machine0.steal) / windowMs
  const { peakRssMb, hwmReset } = memory.stop()
  const statements = await db.statements()

  let profileFile = null
  if (profile) {
    const written = path.join(profile.dir, `profile-${profile.index}.cpuprofile`)
    if (await waitForFile(written, 60_000)) {
      renameSync(written, profile.target)
      profileFile = profile.target
    } else {
      log(`${scenario.id}: the server wrote no CPU profile`)
    }
  }

  const handled = run.completed + inFlight
  const errors = run.non2xx + run.errors
  return {
    id: scenario.id,
    label: scenario.label,
    server: scenario.server,
    connections: templates.length,
    requests: run.completed,
    errors,
    status_codes: run.statusCodes,
    rps: round(run.completed / Math.max(run.elapsedSeconds, 0.001), 2),
    p50_ms: round(run.p50),
    p99_ms: round(run.p99),
    mean_ms: round(run.mean),
    cpu_ms_per_req: round(cpu / Math.max(handled, 1)),
    db_cpu_ms_per_req: round(dbCpu / Math.max(handled, 1)),
    sql_per_req: round(statements.total / Math.max(handled, 1)),
    sql_by_kind_per_req: Object.fromEntries(
      Object.entries(statements.byKind)
        .sort((x, y) => y[1] - x[1])
        .map(([k, v]) => [k, round(v / Math.max(handled, 1))])
    ),
    // Every statement, most frequent first: diff two scenarios to see what a feature or a device adds.
    sql_statements_per_req: statements.each.map((t) => ({
      calls: round(t.calls / Math.max(handled, 1), 2),
      query: t.query,
    })),
    peak_rss_mb: round(peakRssMb),
    seconds: round(run.elapsedSeconds, 2),
    other_cpu_cores: round(Math.max(0, otherCores), 2),
    steal_cpu_cores: round(stealCores, 2),
    warmup: { requests: warm.completed, errors: warm.non2xx + warm.errors, rps: round(rate, 2) },
    notes: [
      ...(warm.non2xx + warm.errors
        ? [`warm-up: ${warm.non2xx + warm.errors} error(s) ${JSON.stringify(warm.statusCodes)}`]
        : []),
      ...(otherCores > 0.15 ? [`other work used ${otherCores.toFixed(2)} cores meanwhile: figures skewed`] : []),
      ...(stealCores > 0.05 ? [`the host stole ${stealCores.toFixed(2)} cores meanwhile: figures skewed`] : []),
      ...(run.cut
        ? [`stopped by the ${maxSeconds} s limit; ${inFlight} request(s) in flight counted in the per-request figures`]
        : []),
      ...(statements.dealloc
        ? [`pg_stat_statements evicted entries (${statements.dealloc}): SQL count is a lower bound`]
        : []),
      ...(hwmReset ? [] : ["VmHWM could not be reset: peak RSS from 100 ms samples"]),
      ...(profile ? ["CPU-profiled: figures include the profiler's overhead"] : []),
    ],
    profile: profileFile,
  }
}
