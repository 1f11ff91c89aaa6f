// The deployment of README "Production" on loopback: one Redis, one production build with a
// database on the test PostgreSQL (integration-tests/helpers/production-app.ts), two server
// instances and one worker.
import { mkdirSync, rmSync, writeFileSync } from "fs"
import os from "os"
import path from "path"
import { prepareProductionApp, ProductionServer, startProductionServer } from "../helpers/production-app"
import { assertPortFree } from "./ports"
import { RedisServer, startRedis } from "./redis-server"

const BASE_PORT = Number(process.env.LEASING_CLUSTER_BASE_PORT || 9340)
const REDIS_PORT = Number(process.env.LEASING_TEST_REDIS_PORT || 56390)

export type Cluster = {
  servers: ProductionServer[]
  worker: ProductionServer
  redis: RedisServer
  /** Where the probe subscriber (fixtures/cart-event-probe.ts) writes one JSON line per event handled. */
  probeFile: string
  /** Stops Redis (its data is lost) and starts it again on the same port. */
  stopRedis: () => Promise<void>
  startRedis: () => Promise<void>
  stop: () => Promise<void>
}

const log = (message: string) => console.log(`[cluster] ${message}`)

export async function startCluster(): Promise<Cluster> {
  const dir = path.join(os.tmpdir(), "medusa-leasing", `cluster-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  const probeFile = path.join(dir, "cart-events.jsonl")
  writeFileSync(probeFile, "")
  const t0 = Date.now()
  // Migrations, seed and build need no Redis: the Redis modules are chosen when a process starts.
  const app = await prepareProductionApp("cluster-app", {
    extraFiles: { "src/subscribers/leasing-cluster-probe.ts": path.join(__dirname, "fixtures", "cart-event-probe.ts") },
  })
  log(`migrated, seeded and built in ${Math.round((Date.now() - t0) / 1000)} s (stage ${app.stage})`)
  const started: ProductionServer[] = []
  let redis: RedisServer | undefined
  const stopAll = async () => {
    await Promise.all(started.map((p) => p.stop()))
    await redis?.stop()
    await app.drop().catch(() => {})
  }
  try {
    redis = await startRedis(REDIS_PORT, path.join(dir, "redis.log"))
    // The tests stand for the load balancer: they reach the servers from loopback and name the client in X-Forwarded-For.
    const env = {
      REDIS_URL: redis.url,
      LEASING_CLUSTER_PROBE_FILE: probeFile,
      LOG_LEVEL: "info",
      LEASING_TRUSTED_PROXIES: "127.0.0.1",
    }
    const t1 = Date.now()
    const roles = [
      { mode: "server", port: BASE_PORT + 1 },
      { mode: "server", port: BASE_PORT + 2 },
      { mode: "worker", port: BASE_PORT + 3 },
    ]
    for (const { mode, port } of roles) await assertPortFree(port, `the ${mode} on ${port}`)
    const boots = await Promise.allSettled(
      roles.map(async ({ mode, port }) => {
        const p = await startProductionServer(app, port, { ...env, MEDUSA_WORKER_MODE: mode })
        started.push(p)
        return p
      })
    )
    const failed = boots.find((b): b is PromiseRejectedResult => b.status === "rejected")
    if (failed) throw failed.reason
    const [a, b, worker] = boots.map((boot) => (boot as PromiseFulfilledResult<ProductionServer>).value)
    log(`two servers and a worker up in ${Math.round((Date.now() - t1) / 1000)} s; logs in ${app.stage} and ${dir}`)
    return {
      servers: [a, b],
      worker,
      get redis() {
        return redis!
      },
      probeFile,
      stopRedis: () => redis!.stop(),
      startRedis: async () => {
        redis = await startRedis(REDIS_PORT, path.join(dir, "redis.log"))
      },
      stop: async () => {
        await stopAll()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (err) {
    await stopAll()
    throw err
  }
}
