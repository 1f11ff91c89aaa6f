// Builds and runs the plugin app the way production does: a private copy of the sources,
// `medusa build`, migrations and the demo seed on a database of the test PostgreSQL, then
// `medusa start` from `.medusa/server` with NODE_ENV=production. Every process it starts is
// ended by its own pid; every wait is bounded.
import { ChildProcess, spawn } from "child_process"
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync } from "fs"
import net from "net"
import os from "os"
import path from "path"
import { Client } from "pg"

export const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_CLI = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
const APP_FILES = ["src", "medusa-config.ts", "tsconfig.json", "package.json"]

/** A URL of the test PostgreSQL (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD, as `npm test` sets them). */
export function testDatabaseUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const password = encodeURIComponent(process.env.DB_PASSWORD || "")
  // test-utils' convention: "localhost" (another host name would make pg try SSL).
  return `postgres://${user}:${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/${database}`
}

async function onServer(sql: string) {
  const client = new Client({ connectionString: testDatabaseUrl("postgres"), connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A fresh, empty database on the test PostgreSQL; resolves with its URL. */
export async function createDatabase(name: string) {
  await onServer(`drop database if exists "${name}" with (force)`)
  await onServer(`create database "${name}"`)
  return testDatabaseUrl(name)
}

export async function dropDatabase(name: string) {
  await onServer(`drop database if exists "${name}" with (force)`)
}

/**
 * Copies the app's sources to `dir` (so that a build never shares `.medusa/server` with the
 * other suites, and edits made meanwhile do not leak in), plus `extraFiles` (destination
 * relative to `dir` → source path). Its node_modules is a link to the project's.
 */
export function stageApp(dir: string, extraFiles: Record<string, string> = {}) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const file of APP_FILES) cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true })
  for (const [target, source] of Object.entries(extraFiles)) {
    mkdirSync(path.dirname(path.join(dir, target)), { recursive: true })
    cpSync(source, path.join(dir, target))
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir")
  return dir
}

/** Environment of a Medusa process: the project's binaries, no telemetry, not jest's NODE_OPTIONS. */
export function medusaEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _jestOptions, ...rest } = process.env
  return {
    ...rest,
    PATH: `${path.join(ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
}

export function logTail(file: string, lines = 40) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

/** Runs `medusa <args>` in `cwd` to completion, output to `logFile`; throws with the log's tail. */
export function runMedusa(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs?: number }) {
  const { cwd, env, logFile, timeoutMs = 600_000 } = opts
  return new Promise<void>((resolve, reject) => {
    const fd = openSync(logFile, "a")
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd, env, stdio: ["ignore", fd, fd] })
    closeSync(fd)
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      if (code === 0) return resolve()
      reject(new Error(`\`medusa ${args.join(" ")}\` failed (${signal ?? `exit ${code}`}). Log ${logFile}:\n${logTail(logFile)}`))
    })
  })
}

/** `medusa build` of a staged app; resolves with its `.medusa/server`. */
export async function buildApp(dir: string, opts: { env: NodeJS.ProcessEnv; logFile: string }) {
  await runMedusa(["build"], { cwd: dir, ...opts })
  const serverDir = path.join(dir, ".medusa", "server")
  if (!existsSync(path.join(serverDir, "medusa-config.js"))) {
    throw new Error(`\`medusa build\` in ${dir} left no medusa-config.js. Log ${opts.logFile}:\n${logTail(opts.logFile)}`)
  }
  return serverDir
}

export type MedusaProcess = {
  name: string
  pid: number
  baseUrl: string
  logFile: string
  hasExited: () => boolean
  /** SIGKILL: the process dies at once, as in a crash. */
  kill: () => Promise<void>
  /** SIGTERM (Medusa shuts down gracefully), SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>
}

function exitOf(child: ChildProcess) {
  let exited = child.exitCode !== null || child.signalCode !== null
  const done = new Promise<void>((resolve) => {
    if (exited) return resolve()
    child.on("exit", () => {
      exited = true
      resolve()
    })
  })
  return { done, hasExited: () => exited }
}

/**
 * `medusa start` of a built app on 127.0.0.1:`port` with NODE_ENV=production; resolves once
 * `/health` answers (a worker answers it too), within `timeoutMs`.
 */
export async function startMedusa(opts: {
  name: string
  serverDir: string
  port: number
  env: NodeJS.ProcessEnv
  logFile: string
  timeoutMs?: number
}): Promise<MedusaProcess> {
  const { name, serverDir, port, env, logFile, timeoutMs = 180_000 } = opts
  await assertPortFree(port, name)
  const fd = openSync(logFile, "a")
  const child = spawn(process.execPath, [MEDUSA_CLI, "start", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: serverDir,
    env: { ...env, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", fd, fd],
  })
  closeSync(fd)
  const exit = exitOf(child)
  const baseUrl = `http://127.0.0.1:${port}`
  const stop = async (graceMs = 15_000) => {
    if (exit.hasExited()) return
    child.kill("SIGTERM")
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
    await exit.done
    clearTimeout(timer)
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (exit.hasExited()) throw new Error(`${name} exited before answering. Log ${logFile}:\n${logTail(logFile)}`)
    if (Date.now() > deadline) {
      await stop(1000)
      throw new Error(`${name} did not answer ${baseUrl}/health within ${timeoutMs / 1000} s. Log ${logFile}:\n${logTail(logFile)}`)
    }
    try {
      if ((await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) })).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    name,
    pid: child.pid!,
    baseUrl,
    logFile,
    hasExited: exit.hasExited,
    kill: async () => {
      if (exit.hasExited()) return
      child.kill("SIGKILL")
      await exit.done
    },
    stop,
  }
}

/**
 * Throws when something already listens on 127.0.0.1:`port` (a process left over from an
 * interrupted run, say): a test must never talk to a server it did not start.
 */
export async function assertPortFree(port: number, what: string) {
  const busy = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.setTimeout(1000)
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("timeout", () => (socket.destroy(), resolve(false)))
    socket.once("error", () => resolve(false))
  })
  if (busy) throw new Error(`127.0.0.1:${port} (for ${what}) is already in use: stop what listens there or pick another port`)
}

/** A work directory under the OS temp dir for one run (logs, staged app). */
export function workDir(prefix: string) {
  const dir = path.join(os.tmpdir(), "medusa-leasing", `${prefix}-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  return dir
}
