import { SlidingWindowLimiter } from "../../src/api/utils/rate-limiter"
import { redisRequestLogStore } from "../../src/api/utils/rate-limiter-store"
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
        expect(refused.data).toEqual({
          error: "RATE_LIMITED",
          message: expect.stringContaining("100 a minute per credential"),
        })
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
        expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60)
      }
      // Another token goes on; the counters live in Redis, not in the instances.
      const other = await call(instance(1), "GET", "/store/leasing/company", {
        headers: bearer(ctx.demo.token("helvetia", "WRITE")),
      })
      expect(other.status).toBe(200)
      expect(other.data.data.name).toBe("Helvetia Analytics AG")
      expect(other.headers.get("x-ratelimit-remaining")).toBe("99")
      expect((await ctx.cluster.redis.client.keys("leasing-rl:credential:*")).length).toBeGreaterThan(0)
    })

    it("lets no double burst through at a window's edge with the counters in Redis", async () => {
      let now = Date.now()
      const limiter = new SlidingWindowLimiter(
        redisRequestLogStore(ctx.cluster.redis.client, "leasing-rl:edge-test"),
        100,
        60_000,
        () => now
      )
      const allowed = async (n: number) => {
        let count = 0
        for (let i = 0; i < n; i++) count += (await limiter.hit("token")).allowed ? 1 : 0
        return count
      }
      expect(await allowed(1)).toBe(1) // the first request of a fixed window would open it here
      now += 59_900
      expect(await allowed(99)).toBe(99)
      now += 50 // a fixed window opened at 0 s would start afresh at 60 s and allow 100 more
      expect(await allowed(100)).toBe(0)
      const refused = await limiter.hit("token")
      expect(refused.retryAfterSeconds).toBe(1)
      now += 50 // 60 s: the request of 0 s has left the sliding window, room for one
      expect(await allowed(100)).toBe(1)
    })
  })

  describe("failed authentications, limited per client address", () => {
    // The servers trust 127.0.0.1 as their proxy (LEASING_TRUSTED_PROXIES): its X-Forwarded-For names the client.
    const from = (address: string) => ({ "x-forwarded-for": address })

    it("answers 429 to an address after 20 bad tokens, on every instance, and only to that address", async () => {
      const attacker = "203.0.113.7"
      for (let i = 0; i < 20; i++) {
        const guess = await call(instance(i), "GET", "/store/leasing/company", {
          headers: bearer(`lsk_guess${i}`, from(attacker)),
        })
        expect(guess.status).toBe(401)
        expect(guess.data.error).toBe("UNAUTHORIZED")
      }
      for (const server of ctx.cluster.servers) {
        const refused = await call(server.baseUrl, "GET", "/store/leasing/company", {
          headers: bearer("lsk_guess20", from(attacker)),
        })
        expect(refused.status).toBe(429)
        expect(refused.data).toEqual({
          error: "RATE_LIMITED",
          message: expect.stringContaining("failed authentications"),
        })
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
      }
      // Only failed attempts are throttled: a valid token from the same address goes through.
      const valid = await call(instance(0), "GET", "/store/leasing/company", {
        headers: bearer(ctx.demo.token("acme", "READ"), from(attacker)),
      })
      expect(valid.status).toBe(200)
      const neighbour = await call(instance(1), "GET", "/store/leasing/company", {
        headers: bearer("lsk_guess21", from("203.0.113.8")),
      })
      expect(neighbour.status).toBe(401)
      const direct = await call(instance(1), "GET", "/store/leasing/company", {
        headers: bearer(ctx.demo.token("acme", "READ")),
      })
      expect(direct.status).toBe(200)
      expect(direct.data.data.name).toBe("Acme Robotics SAS")
    })
  })
}
