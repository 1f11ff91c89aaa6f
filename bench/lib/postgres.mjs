// One embedded PostgreSQL for the whole bench, with pg_stat_statements loaded so that SQL
// statements are counted by the server itself. The project's helper (scripts/lib/database.mjs)
// takes no extra server flags, so the library is preloaded with ALTER SYSTEM and one restart.
import { readFileSync, rmSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { makeTempDataDir, startEmbeddedPostgres, withDatabase } from "../../scripts/lib/database.mjs"
import { cpuMs } from "./proc.mjs"

export const BENCH_DATABASE = "leasing_bench"

async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end().catch(() => {})
  }
}

async function portAnswers(url) {
  try {
    await sql(url, "select 1")
    return true
  } catch {
    return false
  }
}

export async function startBenchPostgres({ port, log }) {
  const probeUrl = `postgres://postgres:postgres@localhost:${port}/postgres`
  if (await portAnswers(probeUrl)) {
    // The helper would reuse it, but a bench needs a fresh, known database.
    throw new Error(`Something already answers on localhost:${port}: stop it or set BENCH_PG_PORT`)
  }
  const dataDir = await makeTempDataDir("bench-pgdata")
  // Not `ephemeral`: the data directory must survive the restart; we delete it in stop().
  const start = () => startEmbeddedPostgres({ dataDir, port, fast: true, log })
  let server = await start()
  await sql(server.url, "alter system set shared_preload_libraries = 'pg_stat_statements'")
  // Medusa issues many distinct statements: keep every one (evictions would lose counts).
  await sql(server.url, "alter system set pg_stat_statements.max = 20000")
  await sql(server.url, "alter system set pg_stat_statements.track_utility = on")
  await server.stop()
  server = await start()
  await sql(server.url, "create extension if not exists pg_stat_statements")
  await sql(server.url, `create database ${BENCH_DATABASE}`)
  const [{ oid }] = await sql(server.url, "select oid from pg_database where datname = $1", [BENCH_DATABASE])
  const postmasterPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0])
  log(`embedded PostgreSQL on localhost:${port} (pid ${postmasterPid}), pg_stat_statements loaded`)

  return {
    url: withDatabase(server.url, BENCH_DATABASE),
    adminUrl: server.url,
    env: { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: server.user, DB_PASSWORD: server.password },
    /** CPU ms of the postmaster and every backend, exited ones included. */
    cpuMs: () => cpuMs(postmasterPid, { reaped: true }),
    /** Forgets every statement counted so far. */
    resetStatements: () => sql(server.url, "select pg_stat_statements_reset()"),
    /** Statements run in the bench database since the last reset, by kind, and evictions. */
    async statements() {
      const rows = await sql(
        server.url,
        "select query, calls::bigint as calls from pg_stat_statements where dbid = $1",
        [oid]
      )
      const byKind = {}
      let total = 0
      for (const row of rows) {
        const kind = (/^\s*(\w+)/.exec(row.query)?.[1] || "other").toLowerCase()
        byKind[kind] = (byKind[kind] || 0) + Number(row.calls)
        total += Number(row.calls)
      }
      const [info] = await sql(server.url, "select dealloc::bigint as dealloc from pg_stat_statements_info")
      const each = rows
        .sort((x, y) => Number(y.calls) - Number(x.calls))
        .map((r) => ({ calls: Number(r.calls), query: r.query.replace(/\s+/g, " ").slice(0, 240) }))
      return { total, byKind, dealloc: Number(info.dealloc), each }
    },
    query: (text, params) => sql(withDatabase(server.url, BENCH_DATABASE), text, params),
    async stop() {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
