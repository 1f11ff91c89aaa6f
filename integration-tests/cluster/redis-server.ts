import { spawn } from "child_process"
import { closeSync, existsSync, openSync, readFileSync } from "fs"
import Redis from "ioredis"
import { assertPortFree } from "./ports"

const logTail = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n").slice(-20).join("\n")

export type RedisServer = {
  url: string
  port: number
  pid: number
  /** A client for looking at keys (locks, counters); closed by stop(). */
  client: Redis
  /** SIGTERM, SIGKILL after 5 s. The data goes with it (no persistence). */
  stop: () => Promise<void>
}

const REDIS_SERVER = process.env.REDIS_SERVER_PATH || "/usr/bin/redis-server"

/** Debian's redis-server on 127.0.0.1:`port`, in memory only; resolves once it answers PING (within 15 s). */
export async function startRedis(port: number, logFile: string): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(
      `${REDIS_SERVER} is missing: install Debian's redis-server (npm test does when it runs as root), or set REDIS_SERVER_PATH`
    )
  }
  await assertPortFree(port, "redis-server")
  const fd = openSync(logFile, "a")
  const child = spawn(
    REDIS_SERVER,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
    {
      stdio: ["ignore", fd, fd],
    }
  )
  closeSync(fd)
  let exited = false
  const exit = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())))
  const url = `redis://127.0.0.1:${port}`
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: () => 200,
  })
  client.on("error", () => {}) // reconnects by itself; the tests look at results, not at events
  const stop = async () => {
    client.disconnect()
    if (exited) return
    child.kill("SIGTERM")
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
    await exit
    clearTimeout(timer)
  }
  const deadline = Date.now() + 15_000
  for (;;) {
    if (exited) throw new Error(`redis-server exited on start. Log ${logFile}:\n${logTail(logFile)}`)
    try {
      if (client.status === "wait") await client.connect()
      if ((await client.ping()) === "PONG") break
    } catch {}
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`redis-server did not answer on ${url} within 15 s. Log ${logFile}:\n${logTail(logFile)}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return { url, port, pid: child.pid!, client, stop }
}
