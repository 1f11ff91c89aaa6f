import { ChildProcess, spawn } from "child_process"
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync } from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"

export const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
const STAGED_FILES = ["src", "medusa-config.ts", "tsconfig.json", "package.json"]

/** A URL of the test PostgreSQL server (the DB_* variables `npm test` sets). */
export function databaseUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = encodeURIComponent(process.env.DB_PASSWORD || "")
  return `postgres://${user}:${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/${database}`
}

export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = []
): Promise<T[]> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows as T[]
  } finally {
    await client.end()
  }
}

function medusaEnv(extra: Record<string, string>) {
  const { NODE_OPTIONS: _ignored, ...rest } = process.env
  return { ...rest, MEDUSA_DISABLE_TELEMETRY: "true", DISABLE_MEDUSA_ADMIN: "true", LOG_LEVEL: "error", ...extra }
}

function tail(file: string, lines = 30) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

function medusa(args: string[], cwd: string, env: Record<string, string>, logFile: string, timeoutMs = 300_000) {
  return new Promise<void>((resolve, reject) => {
    const fd = openSync(logFile, "a")
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
      cwd,
      env: medusaEnv(env),
      stdio: ["ignore", fd, fd],
    })
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      closeSync(fd)
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} failed (${signal ?? code}):\n${tail(logFile)}`))
    })
  })
}

/**
 * A production build of the plugin app in a private copy under the temp dir (the project's own
 * `.medusa/server` belongs to the plugin build), with a fresh database migrated and seeded with
 * the demo. `extraFiles` (path in the copy → source file) adds test fixtures to the copy only,
 * e.g. a probe subscriber. Returns what `startProductionServer` needs.
 */
export async function prepareProductionApp(
  name: string,
  { extraFiles = {} }: { extraFiles?: Record<string, string> } = {}
) {
  const stage = path.join(os.tmpdir(), "medusa-leasing", `${name}-${process.pid}`)
  rmSync(stage, { recursive: true, force: true })
  mkdirSync(stage, { recursive: true })
  for (const file of STAGED_FILES) cpSync(path.join(ROOT, file), path.join(stage, file), { recursive: true })
  for (const [target, source] of Object.entries(extraFiles)) {
    mkdirSync(path.dirname(path.join(stage, target)), { recursive: true })
    cpSync(source, path.join(stage, target))
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(stage, "node_modules"), "dir")
  const database = `leasing_${name.replace(/\W/g, "_")}_${process.pid}`
  await sql(databaseUrl("postgres"), `drop database if exists ${database}`)
  await sql(databaseUrl("postgres"), `create database ${database}`)
  const url = databaseUrl(database)
  const logFile = path.join(stage, "setup.log")
  const drop = async () => {
    await sql(databaseUrl("postgres"), `drop database if exists ${database} with (force)`)
    rmSync(stage, { recursive: true, force: true })
  }
  try {
    await medusa(["db:migrate"], stage, { DATABASE_URL: url }, logFile)
    await medusa(["exec", "./src/scripts/seed-demo.ts"], stage, { DATABASE_URL: url }, logFile)
    await medusa(["build"], stage, {}, logFile)
  } catch (error) {
    await drop()
    throw error
  }
  const serverDir = path.join(stage, ".medusa", "server")
  if (!existsSync(path.join(serverDir, "medusa-config.js")))
    throw new Error(`medusa build left no server:\n${tail(logFile)}`)
  return {
    stage,
    serverDir,
    databaseUrl: url,
    drop,
  }
}

export type ProductionServer = {
  pid: number
  baseUrl: string
  /** The last lines the server logged (shared by every server started on this port). */
  logTail: (lines?: number) => string
  kill: () => Promise<void>
  stop: () => Promise<void>
}

/** `medusa start` of a production build on 127.0.0.1:`port`; resolves once /health answers (bounded). */
export async function startProductionServer(
  app: { serverDir: string; databaseUrl: string; stage: string },
  port: number,
  env: Record<string, string> = {}
): Promise<ProductionServer> {
  const logFile = path.join(app.stage, `server-${port}.log`)
  const fd = openSync(logFile, "a")
  const child: ChildProcess = spawn(
    process.execPath,
    [MEDUSA_CLI, "start", "--port", String(port), "--host", "127.0.0.1"],
    {
      cwd: app.serverDir,
      // Production refuses to start without its own secrets (medusa-config.ts); these are the tests'.
      env: medusaEnv({
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL: app.databaseUrl,
        JWT_SECRET: "test-jwt-secret",
        COOKIE_SECRET: "test-cookie-secret",
        ...env,
      }),
      stdio: ["ignore", fd, fd],
    }
  )
  closeSync(fd)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${tail(logFile)}`)
    if (Date.now() > deadline) {
      child.kill("SIGKILL")
      throw new Error(`The server did not answer within 120 s:\n${tail(logFile)}`)
    }
    try {
      if ((await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) })).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    pid: child.pid!,
    baseUrl,
    logTail: (lines) => tail(logFile, lines),
    /** SIGKILL: the process dies wherever it is, as in a crash. */
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
      await exited
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill("SIGTERM")
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}
