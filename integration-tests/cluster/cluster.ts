// The deployment of README "Production" on loopback: one Redis, one database on the test
// PostgreSQL, one production build, two server instances and one worker.
import { rmSync, writeFileSync } from "fs"
import path from "path"
import {
  buildApp,
  createDatabase,
  dropDatabase,
  MedusaProcess,
  medusaEnv,
  runMedusa,
  stageApp,
  startMedusa,
  workDir,
} from "../helpers/production-app"
import { RedisServer, startRedis } from "./redis-server"

const BASE_PORT = Number(process.env.LEASING_CLUSTER_BASE_PORT || 9340)
const REDIS_PORT = Number(process.env.LEASING_TEST_REDIS_PORT || 56390)

export type Cluster = {
  servers: MedusaProcess[]
  worker: MedusaProcess
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
  const dir = workDir("cluster")
  const logFile = (name: string) => path.join(dir, `${name}.log`)
  const database = `leasing_cluster_${process.pid}`
  const started: MedusaProcess[] = []
  let redis = await startRedis(REDIS_PORT, logFile("redis"))
  const probeFile = path.join(dir, "cart-events.jsonl")
  writeFileSync(probeFile, "")
  const appDir = path.join(dir, "app")
  try {
    const t0 = Date.now()
    const env = medusaEnv({
      DATABASE_URL: await createDatabase(database),
      REDIS_URL: redis.url,
      // The build skips the admin bundle (a minute of CPU the suite does not need).
      DISABLE_MEDUSA_ADMIN: "true",
      LEASING_CLUSTER_PROBE_FILE: probeFile,
      LOG_LEVEL: "info",
    })
    stageApp(appDir, { "src/subscribers/leasing-cluster-probe.ts": path.join(__dirname, "fixtures", "cart-event-probe.ts") })
    await runMedusa(["db:migrate"], { cwd: appDir, env, logFile: logFile("migrate") })
    await runMedusa(["exec", "./src/scripts/seed-demo.ts"], { cwd: appDir, env, logFile: logFile("seed") })
    log(`database migrated and seeded in ${Math.round((Date.now() - t0) / 1000)} s`)
    const t1 = Date.now()
    const serverDir = await buildApp(appDir, { env, logFile: logFile("build") })
    log(`medusa build in ${Math.round((Date.now() - t1) / 1000)} s`)
    const t2 = Date.now()
    const roles = [
      { name: "server-a", mode: "server", port: BASE_PORT + 1 },
      { name: "server-b", mode: "server", port: BASE_PORT + 2 },
      { name: "worker", mode: "worker", port: BASE_PORT + 3 },
    ]
    const boots = await Promise.allSettled(
      roles.map(async ({ name, mode, port }) => {
        const p = await startMedusa({ name, serverDir, port, env: { ...env, MEDUSA_WORKER_MODE: mode }, logFile: logFile(name) })
        started.push(p)
        return p
      })
    )
    const failed = boots.find((b): b is PromiseRejectedResult => b.status === "rejected")
    if (failed) throw failed.reason
    const processes = boots.map((b) => (b as PromiseFulfilledResult<MedusaProcess>).value)
    log(`two servers and a worker up in ${Math.round((Date.now() - t2) / 1000)} s; logs in ${dir}`)
    const cluster: Cluster = {
      servers: processes.slice(0, 2),
      worker: processes[2],
      get redis() {
        return redis
      },
      probeFile,
      stopRedis: () => redis.stop(),
      startRedis: async () => {
        redis = await startRedis(REDIS_PORT, logFile("redis"))
      },
      stop: async () => {
        await Promise.all(started.map((p) => p.stop()))
        await redis.stop()
        await dropDatabase(database).catch(() => {})
        rmSync(appDir, { recursive: true, force: true })
      },
    }
    return cluster
  } catch (err) {
    await Promise.all(started.map((p) => p.stop()))
    await redis.stop()
    await dropDatabase(database).catch(() => {})
    throw err
  }
}
