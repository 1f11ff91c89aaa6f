import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const BIN = path.join(ROOT, "node_modules", ".bin")

/** Environment for child processes: local binaries first, telemetry off. */
export function childEnv(extra = {}) {
  return {
    ...process.env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH}`,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
}

/** Runs a command to completion; resolves with its exit code. */
export function run(command, args, { env, cwd = ROOT, stdio = "inherit" } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? childEnv(), stdio })
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Runs a command and throws when it fails. */
export async function runOrThrow(command, args, options) {
  const code = await run(command, args, options)
  if (code !== 0) {
    throw new Error(`\`${command} ${args.join(" ")}\` exited with code ${code}`)
  }
}

/**
 * Runs a command with its output passed through, and resolves with its exit code and the
 * last 64 KiB of what it printed (for summaries printed by the command itself).
 */
export function runCapturing(command, args, { env, cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? childEnv(), stdio: ["ignore", "pipe", "pipe"] })
    let tail = ""
    const keep = (chunk) => {
      tail = (tail + chunk.toString()).slice(-65536)
    }
    child.stdout.on("data", (c) => (process.stdout.write(c), keep(c)))
    child.stderr.on("data", (c) => (process.stderr.write(c), keep(c)))
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: tail }))
  })
}
