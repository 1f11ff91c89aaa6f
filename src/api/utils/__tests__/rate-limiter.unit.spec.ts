import { RateLimiterMemory } from "rate-limiter-flexible"
import { RateLimitDecision, RateLimitStoreUnavailableError, SlidingWindowLimiter } from "../rate-limiter"
import { createLeasingRateLimits } from "../rate-limiter-store"

// A start aligned on a 10 s slice, so the times below read as "seconds into the minute".
const T0 = 1_000_000_000_000

function clock(start = T0) {
  let now = start
  return { now: () => now, at: (ms: number) => (now = start + ms) }
}

function limiter(limit: number, time = clock()) {
  const counters = new RateLimiterMemory({ points: Number.MAX_SAFE_INTEGER, duration: SlidingWindowLimiter.ttlSeconds() })
  return { limiter: new SlidingWindowLimiter(counters, limit, 60_000, 6, time.now), time }
}

async function hits(l: SlidingWindowLimiter, key: string, n: number) {
  const decisions: RateLimitDecision[] = []
  for (let i = 0; i < n; i++) decisions.push(await l.hit(key))
  return decisions
}

describe("SlidingWindowLimiter", () => {
  it("allows `limit` requests a minute per key, then refuses with the seconds to wait", async () => {
    const { limiter: l, time } = limiter(100)
    const allowed = await hits(l, "token-a", 100)
    expect(allowed.every((d) => d.allowed)).toBe(true)
    expect(allowed[99]).toEqual({ allowed: true, limit: 100, remaining: 0, retryAfterSeconds: 0, resetSeconds: 70 })
    time.at(15_500)
    // All 100 sit in the first slice: it leaves the window when the slice starting at 70 s begins.
    expect(await l.hit("token-a")).toEqual({ allowed: false, limit: 100, remaining: 0, retryAfterSeconds: 55 })
    expect((await l.hit("token-b")).allowed).toBe(true)
  })

  it("lets no double burst through at a window's edge", async () => {
    const { limiter: l, time } = limiter(100)
    expect((await l.hit("k")).allowed).toBe(true) // 0 s: the first request of the "window"
    time.at(59_900)
    expect((await hits(l, "k", 99)).every((d) => d.allowed)).toBe(true)
    // A fixed window opened at 0 s would hand out 100 fresh requests at 60.1 s: 199 within 0.2 s.
    time.at(60_100)
    expect(await l.hit("k")).toEqual({ allowed: false, limit: 100, remaining: 0, retryAfterSeconds: 10 })
    // At 70 s the request of 0 s has left the window: exactly one more fits.
    time.at(70_000)
    expect((await l.hit("k")).allowed).toBe(true)
    expect((await l.hit("k")).allowed).toBe(false)
  })

  it("never allows more than `limit` in any 60 s span, whatever the request times", async () => {
    const { limiter: l, time } = limiter(20)
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const allowedAt: number[] = []
    let t = 0
    for (let i = 0; i < 2000; i++) {
      t += Math.floor(random() * 600) // about 3 requests a second for ~10 minutes
      time.at(t)
      if ((await l.hit("k")).allowed) allowedAt.push(t)
    }
    const busiest = Math.max(...allowedAt.map((start) => allowedAt.filter((x) => x >= start && x < start + 60_000).length))
    expect(busiest).toBe(20)
    // And it is not needlessly strict: over ~10 minutes it allowed at least 20 per 70 s.
    expect(allowedAt.length).toBeGreaterThanOrEqual(Math.floor(t / 70_000) * 20)
  })

  it("does not count refused requests", async () => {
    const { limiter: l, time } = limiter(2)
    await hits(l, "k", 2)
    expect((await hits(l, "k", 50)).some((d) => d.allowed)).toBe(false)
    time.at(70_000)
    expect((await hits(l, "k", 2)).map((d) => d.allowed)).toEqual([true, true])
  })

  it("check() reads without counting; record() counts whatever the budget", async () => {
    const { limiter: l, time } = limiter(20)
    for (let i = 0; i < 19; i++) await l.record("203.0.113.7")
    expect(await l.check("203.0.113.7")).toEqual({ allowed: true, limit: 20, remaining: 1, retryAfterSeconds: 0 })
    expect((await l.check("203.0.113.7")).allowed).toBe(true)
    await l.record("203.0.113.7")
    time.at(30_000)
    expect(await l.check("203.0.113.7")).toEqual({ allowed: false, limit: 20, remaining: 0, retryAfterSeconds: 40 })
    expect((await l.check("203.0.113.8")).allowed).toBe(true)
  })

  it("reports a failing store as RateLimitStoreUnavailableError", async () => {
    const broken = new RateLimiterMemory({ points: 1, duration: 1 })
    jest.spyOn(broken, "penalty").mockRejectedValue(new Error("ECONNREFUSED"))
    const l = new SlidingWindowLimiter(broken, 10)
    await expect(l.hit("k")).rejects.toBeInstanceOf(RateLimitStoreUnavailableError)
  })
})

describe("createLeasingRateLimits", () => {
  it("counts in memory without a Redis URL", async () => {
    const limits = createLeasingRateLimits({ perCredentialPerMinute: 3, failedAuthPerMinute: 2 })
    const decisions = await hits(limits.perCredential, "token", 4)
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false])
    await limits.failedAuthByAddress.record("a")
    await limits.failedAuthByAddress.record("a")
    expect((await limits.failedAuthByAddress.check("a")).allowed).toBe(false)
    await limits.close()
  })

  // Within jest's 5 s test timeout: a limiter waiting for Redis must not hold requests.
  it("fails fast, as unavailable, when its Redis cannot be reached", async () => {
    const warnings: string[] = []
    // Port 1 on loopback: nothing listens there, the connection is refused.
    const limits = createLeasingRateLimits({ perCredentialPerMinute: 3, failedAuthPerMinute: 2, redisUrl: "redis://127.0.0.1:1" }, (m) => warnings.push(m))
    try {
      await expect(limits.perCredential.hit("token")).rejects.toBeInstanceOf(RateLimitStoreUnavailableError)
      await expect(limits.failedAuthByAddress.check("a")).rejects.toBeInstanceOf(RateLimitStoreUnavailableError)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/Redis unavailable/)
    } finally {
      await limits.close()
    }
  })
})
