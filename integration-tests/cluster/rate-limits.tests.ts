import { RateLimiterRedis } from "rate-limiter-flexible"
import { SlidingWindowLimiter } from "../../src/api/utils/rate-limiter"
import { call } from "./api"
import { ClusterContext, helpers } from "./context"

export function rateLimitTests(ctx: ClusterContext) {
  const { instance, bearer } = helpers(ctx)

  describe("per-credential limit, shared by the instances", () => {
    it("refuses the 101st request of a minute with one token on whichever instance it reaches", async () => {
      const secret = ctx.demo.token("helvetia", "READ")
      const statuses: number[] = []
      for (let i = 0; i < 100; i++) {
        statuses.push((await call(instance(i), "GET", "/store/leasing/company", { headers: bearer(secret) })).status)
      }
      // 50 requests reached each instance: neither alone was near the limit.
      expect(statuses).toEqual(Array(100).fill(200))
      for (const server of ctx.cluster.servers) {
        const refused = await call(server.baseUrl, "GET", "/store/leasing/company", { headers: bearer(secret) })
        expect(refused.status).toBe(429)
        expect(refused.data).toEqual({ error: "RATE_LIMITED", message: expect.stringContaining("100 a minute per credential") })
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
        expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(70)
      }
      // Another token goes on; the counters live in Redis, not in the instances.
      const other = await call(instance(1), "GET", "/store/leasing/company", { headers: bearer(ctx.demo.token("helvetia", "WRITE")) })
      expect(other.status).toBe(200)
      expect(other.data.data.name).toBe("Helvetia Analytics AG")
      expect(other.headers.get("x-ratelimit-remaining")).toBe("99")
      expect((await ctx.cluster.redis.client.keys("leasing-rl:credential:*")).length).toBeGreaterThan(0)
    })

    it("lets no double burst through at a window's edge with the counters in Redis", async () => {
      let now = 1_000_000_000_000 // aligned on a 10 s slice
      const counters = new RateLimiterRedis({ storeClient: ctx.cluster.redis.client, keyPrefix: "leasing-rl:edge-test", points: 1e9, duration: 70 })
      const limiter = new SlidingWindowLimiter(counters, 100, 60_000, 6, () => now)
      const allowed = async (n: number) => {
        let count = 0
        for (let i = 0; i < n; i++) count += (await limiter.hit("token")).allowed ? 1 : 0
        return count
      }
      expect(await allowed(1)).toBe(1) // the first request of a fixed window would open it here
      now += 59_900
      expect(await allowed(99)).toBe(99)
      now += 200 // a fixed window would start afresh here and allow 100 more
      expect(await allowed(100)).toBe(0)
      now += 9_900 // the request of 0 s has left the sliding window: room for one
      expect(await allowed(100)).toBe(1)
    })
  })

  describe("failed authentications, limited per client address", () => {
    // Medusa trusts one proxy hop: the load balancer's X-Forwarded-For names the client.
    const from = (address: string) => ({ "x-forwarded-for": address })

    it("answers 429 to an address after 20 bad tokens, on every instance, and only to that address", async () => {
      const attacker = "203.0.113.7"
      for (let i = 0; i < 20; i++) {
        const guess = await call(instance(i), "GET", "/store/leasing/company", { headers: bearer(`lsk_guess${i}`, from(attacker)) })
        expect(guess.status).toBe(401)
        expect(guess.data.error).toBe("UNAUTHORIZED")
      }
      for (const server of ctx.cluster.servers) {
        const refused = await call(server.baseUrl, "GET", "/store/leasing/company", { headers: bearer("lsk_guess20", from(attacker)) })
        expect(refused.status).toBe(429)
        expect(refused.data).toEqual({ error: "RATE_LIMITED", message: expect.stringContaining("failed authentications") })
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
      }
      // The address's token requests are refused before any lookup, a valid token's too.
      const valid = await call(instance(0), "GET", "/store/leasing/company", { headers: bearer(ctx.demo.token("acme", "READ"), from(attacker)) })
      expect(valid.status).toBe(429)
      const neighbour = await call(instance(1), "GET", "/store/leasing/company", { headers: bearer("lsk_guess21", from("203.0.113.8")) })
      expect(neighbour.status).toBe(401)
      const direct = await call(instance(1), "GET", "/store/leasing/company", { headers: bearer(ctx.demo.token("acme", "READ")) })
      expect(direct.status).toBe(200)
      expect(direct.data.data.name).toBe("Acme Robotics SAS")
    })
  })
}
