// The table (every figure with its ratio to the yardstick) and the targets, as ratios
// only: they are reported, never asserted.

/** Figures shown, with the scenario field each comes from. */
const COLUMNS = [
  { key: "rps", title: "req/s" },
  { key: "p50_ms", title: "p50 ms" },
  { key: "p99_ms", title: "p99 ms" },
  { key: "cpu_ms_per_req", title: "CPU ms/req" },
  { key: "sql_per_req", title: "SQL/req" },
  { key: "peak_rss_mb", title: "peak RSS MB" },
  { key: "db_cpu_ms_per_req", title: "PG CPU ms/req" },
]

const median = (values) => {
  const v = values.filter((x) => x != null).sort((x, y) => x - y)
  if (!v.length) return null
  return v.length % 2 ? v[(v.length - 1) / 2] : Number(((v[v.length / 2 - 1] + v[v.length / 2]) / 2).toFixed(2))
}

/**
 * One result per scenario: with several rounds (BENCH_ROUNDS), each figure is the median of the
 * rounds, requests and errors are summed, and `rounds` keeps every round's figures and spread.
 */
export function mergeRounds(results) {
  const byId = new Map()
  for (const r of results) byId.set(r.id, [...(byId.get(r.id) || []), r])
  return [...byId.values()].map((list) => {
    if (list.length === 1) return list[0]
    const merged = { ...list[0], requests: 0, errors: 0, status_codes: {}, notes: [] }
    for (const r of list) {
      merged.requests += r.requests
      merged.errors += r.errors
      for (const [code, n] of Object.entries(r.status_codes))
        merged.status_codes[code] = (merged.status_codes[code] || 0) + n
      merged.notes.push(...r.notes.map((n) => `round ${r.round}: ${n}`))
    }
    const keys = [...COLUMNS.map((c) => c.key), "mean_ms", "other_cpu_cores", "steal_cpu_cores", "seconds"]
    for (const key of keys) merged[key] = median(list.map((r) => r[key]))
    merged.rounds = list.map((r) => Object.fromEntries([["round", r.round], ...keys.map((k) => [k, r[k]])]))
    merged.spread = Object.fromEntries(
      COLUMNS.map((c) => [c.key, [Math.min(...list.map((r) => r[c.key])), Math.max(...list.map((r) => r[c.key]))]])
    )
    delete merged.round
    return merged
  })
}

const ratio = (x, y) => (x == null || y == null || y === 0 ? null : Number((x / y).toFixed(2)))

/** Adds `base` (the id it is compared to) and `ratios` to each scenario. */
export function addRatios(results, baseOf) {
  const byId = new Map(results.map((r) => [r.id, r]))
  for (const r of results) {
    const base = byId.get(baseOf(r.id))
    r.base = base ? base.id : null
    r.ratios = Object.fromEntries(COLUMNS.map((c) => [c.key, base ? ratio(r[c.key], base[c.key]) : null]))
  }
}

export function formatTable(results) {
  const header = ["scenario", "vs", "conns", "reqs", "err", ...COLUMNS.map((c) => c.title)]
  const rows = results.map((r) => [
    r.id,
    r.base ?? "-",
    String(r.connections),
    String(r.requests),
    String(r.errors),
    ...COLUMNS.map((c) => {
      const value = r[c.key] == null ? "-" : String(r[c.key])
      const x = r.ratios?.[c.key]
      return x == null ? value : `${value} ×${x.toFixed(2)}`
    }),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells) =>
    "| " + cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |"
  const rule = "|" + widths.map((w, i) => (i < 2 ? ":" : "-") + "-".repeat(w) + (i < 2 ? "-" : ":")).join("|") + "|"
  return [line(header), rule, ...rows.map(line)].join("\n")
}

/** The targets, measured in this run. `ok` is null when a scenario is missing. */
export function evaluateTargets(results) {
  const get = (id) => results.find((r) => r.id === id)
  const targets = []
  const add = (target, value, limit, compare = (v, l) => v <= l) =>
    targets.push({ target, value, limit, ok: value == null ? null : compare(value, limit) })
  const r = (x, y, key) => (get(x) && get(y) ? ratio(get(x)[key], get(y)[key]) : null)

  add("(b)/(a) CPU ms per request", r("b", "a", "cpu_ms_per_req"), 1.05)
  add("(b)/(a) p50 latency", r("b", "a", "p50_ms"), 1.05)
  for (const route of ["patch", "post"]) {
    add(`(c ${route},1)/(a) CPU ms per request`, r(`c-${route}-1`, "a", "cpu_ms_per_req"), 1.0)
    add(`(c ${route},50)/(c ${route},1) CPU ms per request`, r(`c-${route}-50`, `c-${route}-1`, "cpu_ms_per_req"), 2)
    add(`(c ${route},50)/(c ${route},1) p50 latency`, r(`c-${route}-50`, `c-${route}-1`, "p50_ms"), 2)
    add(
      `(c ${route},50)/(c ${route},1) SQL statements per request`,
      r(`c-${route}-50`, `c-${route}-1`, "sql_per_req"),
      1.2
    )
  }
  // Against the anchor: stock Medusa adding one item to a cart (how a plain storefront adds a device).
  add("(c patch,1)/(a-add) CPU ms per request", r("c-patch-1", "a-add", "cpu_ms_per_req"), 1.0)
  add("(c patch,50)/(a-add) CPU ms per request", r("c-patch-50", "a-add", "cpu_ms_per_req"), 2.0)
  add("(d c) errors", get("d-c") ? get("d-c").errors : null, 0)
  // Issue #15: a catalog page (and a price) costs the same whatever the catalog's size.
  for (const [large, demo] of [
    ["cat-large", "cat-demo"],
    ["pricing-large", "pricing-demo"],
  ]) {
    add(`(${large})/(${demo}) CPU ms per request`, r(large, demo, "cpu_ms_per_req"), 1.2)
    add(`(${large})/(${demo}) SQL statements per request`, r(large, demo, "sql_per_req"), 1.2)
  }
  add("(d c)/(d a) p99 latency", r("d-c", "d-a", "p99_ms"), 1.5)
  // Issue #22: a leasing checkout costs at most 1.2x stock's completion of as many plain items.
  for (const n of [...new Set(results.filter((x) => x.id.startsWith("k-validate-")).map((x) => x.id.slice(11)))]) {
    add(
      `(k validate,${n})/(k complete,${n}) CPU ms per request`,
      r(`k-validate-${n}`, `k-complete-${n}`, "cpu_ms_per_req"),
      1.2
    )
    add(`(k validate,${n})/(k complete,${n}) p50 latency`, r(`k-validate-${n}`, `k-complete-${n}`, "p50_ms"), 1.2)
  }
  return targets
}

export function formatTargets(targets) {
  return targets
    .map(
      (t) =>
        `${t.ok === null ? "  n/a " : t.ok ? "  met " : "  MISS"}  ${t.target}: ${t.value ?? "-"} (target ≤ ${t.limit})`
    )
    .join("\n")
}
