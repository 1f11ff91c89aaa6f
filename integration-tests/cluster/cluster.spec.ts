// Two server instances and a worker of one production build on one PostgreSQL and one Redis
// (README, "Production"). Every observation goes through the HTTP API, as a client behind a
// load balancer spreading requests over the instances would see it; Redis is only read for
// the keys the plugin's counters and Medusa's cart lock keep there.
import { loadDemo } from "./api"
import { cartLockTests } from "./cart-lock.tests"
import { startCluster } from "./cluster"
import { ClusterContext } from "./context"
import { rateLimitTests } from "./rate-limits.tests"
import { redisOutageTests } from "./redis-outage.tests"
import { sessionAndEventTests } from "./sessions-and-events.tests"

jest.setTimeout(120_000)

const ctx = {} as ClusterContext

beforeAll(async () => {
  ctx.cluster = await startCluster()
  ctx.demo = await loadDemo(ctx.cluster.servers[0].baseUrl)
}, 600_000)

afterAll(async () => {
  await ctx.cluster?.stop()
}, 120_000)

// In this order: the lock test kills server B, the outage test stops Redis.
rateLimitTests(ctx)
sessionAndEventTests(ctx)
cartLockTests(ctx)
redisOutageTests(ctx)
