// Builds and runs a Medusa app as production does: `medusa build`, then `medusa start` from
// `.medusa/server` with NODE_ENV=production, one process, in-memory infrastructure.
import { spawn } from "node:child_process"
import { closeSync, existsSync, openSync, readFileSync } from "node:fs"
import path from "node:path"
import { MEDUSA_CLI, ROOT } from "./config.mjs"

/** Environment of a Medusa command: the project's binaries, no telemetry, no inherited NODE_OPTIONS. */
export function medusaEnv(extra = {}) {
  const { NODE_OPTIONS: _ignored, ...rest } = process.env
  return {
    ...rest,
    PATH: `${path.join(ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

/** Runs `medusa <args>` in `cwd`, output to `logFile`; throws with the log's tail on failure. */
export function medusa(args, { cwd, env, logFile, timeoutMs = 600_000 }) {
  return new Promise((resolve, reject) => {
    const fd = openSync(logFile, "a")
    const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd, env, stdio: ["ignore", fd, fd] })
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      closeSync(fd)
      if (code === 0) return resolve()
      reject(
        new Error(
          `\`medusa ${args.join(" ")}\` in ${cwd} failed (${signal ?? `exit ${code}`}). Log ${logFile}:\n${tail(logFile)}`
        )
      )
    })
  })
}

/** `medusa build` of the app in `dir`; its output lands in `<dir>/.medusa/server`. */
export async function buildApp(dir, { env, logFile }) {
  await medusa(["build"], { cwd: dir, env, logFile })
  const server = path.join(dir, ".medusa", "server")
  if (!existsSync(path.join(server, "medusa-config.js"))) {
    throw new Error(`\`medusa build\` in ${dir} left no ${server}/medusa-config.js`)
  }
  return server
}

/** Starts `medusa start` in `serverDir` on 127.0.0.1:`port`; resolves once /health answers. */
export async function startServer({ name, serverDir, port, env, logFile, nodeOptions = "" }) {
  if (!existsSync(path.join(serverDir, "medusa-config.js"))) {
    throw new Error(`${serverDir} holds no build: run without BENCH_SKIP_BUILD`)
  }
  const fd = openSync(logFile, "a")
  const child = spawn(process.execPath, [MEDUSA_CLI, "start", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: serverDir,
    // Production refuses to start without its own secrets (medusa-config.ts); these are the bench's.
    env: {
      JWT_SECRET: "bench-jwt-secret",
      COOKIE_SECRET: "bench-cookie-secret",
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      NODE_OPTIONS: nodeOptions,
    },
    stdio: ["ignore", fd, fd],
  })
  closeSync(fd)
  let exited = null
  const exit = new Promise((resolve) => child.on("exit", (code, signal) => resolve((exited = signal ?? code))))
  const baseUrl = `http://127.0.0.1:${port}` // loopback only

  const deadline = Date.now() + 180_000
  for (;;) {
    if (exited !== null)
      throw new Error(`The ${name} server exited (${exited}) before answering. Log ${logFile}:\n${tail(logFile)}`)
    if (Date.now() > deadline) {
      child.kill("SIGKILL")
      throw new Error(
        `The ${name} server did not answer ${baseUrl}/health within 180 s. Log ${logFile}:\n${tail(logFile)}`
      )
    }
    try {
      if ((await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) })).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }

  return {
    name,
    pid: child.pid,
    baseUrl,
    logFile,
    signal: (sig) => child.kill(sig),
    /** SIGTERM (Medusa shuts down gracefully), SIGKILL after 15 s. */
    async stop() {
      if (exited !== null) return
      child.kill("SIGTERM")
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000)
      await exit
      clearTimeout(timer)
    },
  }
}
