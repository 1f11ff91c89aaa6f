import {
  MemoryRequestLogStore,
  RateLimitDecision,
  RateLimitStoreUnavailableError,
  RequestLogStore,
  SlidingWindowLimiter,
} from "../rate-limiter"
import { createLeasingRateLimits } from "../rate-limiter-store"

const T0 = 1_000_000_000_000
const WINDOW = 60_000

function clock(start = T0) {
  let now = start
  return { now: () => now, at: (ms: number) => (now = start + ms), elapsed: () => now - start }
}

function limiter(limit: number, time = clock()) {
  return { limiter: new SlidingWindowLimiter(new MemoryRequestLogStore(), limit, WINDOW, time.now), time }
}

async function hits(l: SlidingWindowLimiter, key: string, n: number) {
  const decisions: RateLimitDecision[] = []
  for (let i = 0; i < n; i++) decisions.push(await l.hit(key))
  return decisions
}

/** A seeded PRNG (Park-Miller): every run replays the same streams; the seed is in the test name. */
function prng(seed: number) {
  let state = seed
  return () => (state = (state * 16807) % 2147483647) / 2147483647
}

/** The most allowed requests any window-long span [t, t + WINDOW) holds. */
function busiestSpan(allowedAt: number[]) {
  return Math.max(0, ...allowedAt.map((start) => allowedAt.filter((x) => x >= start && x < start + WINDOW).length))
}

describe("SlidingWindowLimiter", () => {
  it("allows `limit` requests a minute per key, then refuses until the oldest leaves the window", async () => {
    const { limiter: l, time } = limiter(100)
    const allowed = await hits(l, "token-a", 100)
    expect(allowed.every((d) => d.allowed)).toBe(true)
    expect(allowed[99]).toEqual({ allowed: true, limit: 100, remaining: 0, retryAfterSeconds: 0, resetSeconds: 60 })
    time.at(15_500)
    // All 100 came at 0 s: they leave the window at 60 s.
    expect(await l.hit("token-a")).toEqual({
      allowed: false,
      limit: 100,
      remaining: 0,
      retryAfterSeconds: 45,
      resetSeconds: 45,
    })
    expect((await l.hit("token-b")).allowed).toBe(true)
    time.at(59_999)
    expect((await l.hit("token-a")).allowed).toBe(false)
    time.at(60_000)
    expect((await hits(l, "token-a", 100)).every((d) => d.allowed)).toBe(true)
  })

  it("lets no double burst through at a window's edge", async () => {
    const { limiter: l, time } = limiter(100)
    expect((await l.hit("k")).allowed).toBe(true) // 0 s: the first request of a fixed window
    time.at(59_900)
    expect((await hits(l, "k", 99)).every((d) => d.allowed)).toBe(true)
    // A fixed window opened at 0 s would hand out 100 fresh requests at 60.1 s: 199 within 0.2 s.
    time.at(59_950)
    expect(await l.hit("k")).toEqual({
      allowed: false,
      limit: 100,
      remaining: 0,
      retryAfterSeconds: 1,
      resetSeconds: 1,
    })
    time.at(60_000)
    expect((await l.hit("k")).allowed).toBe(true)
    expect(await l.hit("k")).toEqual({
      allowed: false,
      limit: 100,
      remaining: 0,
      retryAfterSeconds: 60,
      resetSeconds: 60,
    })
  })

  it("does not count refused requests, and check() counts nothing", async () => {
    const { limiter: l, time } = limiter(2)
    await hits(l, "k", 2)
    expect((await hits(l, "k", 50)).some((d) => d.allowed)).toBe(false)
    expect(await l.check("k")).toEqual({
      allowed: false,
      limit: 2,
      remaining: 0,
      retryAfterSeconds: 60,
      resetSeconds: 60,
    })
    time.at(60_000)
    expect(await l.check("k")).toEqual({ allowed: true, limit: 2, remaining: 2, retryAfterSeconds: 0, resetSeconds: 0 })
    expect((await hits(l, "k", 3)).map((d) => d.allowed)).toEqual([true, true, false])
  })

  it("reports a failing store as RateLimitStoreUnavailableError", async () => {
    const broken: RequestLogStore = { step: () => Promise.reject(new Error("ECONNREFUSED")), close: async () => {} }
    await expect(new SlidingWindowLimiter(broken, 10).hit("k")).rejects.toBeInstanceOf(RateLimitStoreUnavailableError)
  })

  // Properties over random traffic: bursts, pauses and clients that honour Retry-After or not.
  describe.each([1, 7, 42, 1234, 99991])("random request streams (seed %i)", (seed) => {
    it("no 60 s span holds more than the limit; every Retry-After is within the window; a retry at Retry-After is accepted", async () => {
      const random = prng(seed)
      const limit = 1 + Math.floor(random() * 30)
      const time = clock()
      const store = new MemoryRequestLogStore()
      const l = new SlidingWindowLimiter(store, limit, WINDOW, time.now)
      const allowedAt: number[] = []
      let t = 0
      let honoured = 0
      for (let i = 0; i < 3000; i++) {
        // Mostly bursts (a few ms apart), sometimes pauses of up to 90 s.
        const r = random()
        t +=
          r < 0.8 ? Math.floor(random() * 50) : r < 0.97 ? Math.floor(random() * 5_000) : Math.floor(random() * 90_000)
        time.at(t)
        const decision = await l.hit("k")
        if (decision.allowed) {
          allowedAt.push(t)
          continue
        }
        expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1)
        expect(decision.retryAfterSeconds).toBeLessThanOrEqual(WINDOW / 1000)
        if (random() < 0.3) {
          // This client waits exactly Retry-After, and nothing else is sent meanwhile: accepted.
          t += decision.retryAfterSeconds * 1000
          time.at(t)
          const retry = await l.hit("k")
          expect({ at: t, allowed: retry.allowed }).toEqual({ at: t, allowed: true })
          allowedAt.push(t)
          honoured += 1
        }
      }
      expect(busiestSpan(allowedAt)).toBeLessThanOrEqual(limit)
      // The streams do hit the limit, and the limiter is not stricter than it says: the busiest span is full.
      expect(honoured).toBeGreaterThan(0)
      expect(busiestSpan(allowedAt)).toBe(limit)
    })

    it("Retry-After is the earliest second a request is accepted (one second earlier is refused)", async () => {
      const random = prng(seed)
      const limit = 1 + Math.floor(random() * 10)
      const time = clock()
      const l = new SlidingWindowLimiter(new MemoryRequestLogStore(), limit, WINDOW, time.now)
      let t = 0
      for (let i = 0; i < 500; i++) {
        t += Math.floor(random() * 8_000)
        time.at(t)
        const decision = await l.check("k")
        if (decision.allowed) {
          await l.hit("k")
          continue
        }
        const wait = decision.retryAfterSeconds
        if (wait > 1) {
          time.at(t + (wait - 1) * 1000)
          expect((await l.check("k")).allowed).toBe(false)
        }
        t += wait * 1000
        time.at(t)
        expect((await l.hit("k")).allowed).toBe(true)
      }
    })
  })
})

describe("createLeasingRateLimits", () => {
  it("counts in memory without a Redis URL", async () => {
    const limits = createLeasingRateLimits({ perCredentialPerMinute: 3, failedAuthPerMinute: 2 })
    const decisions = await hits(limits.perCredential, "token", 4)
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false])
    expect((await hits(limits.failedAuthByAddress, "a", 3)).map((d) => d.allowed)).toEqual([true, true, false])
    await limits.close()
  })

  // Within jest's 5 s test timeout: a limiter waiting for Redis must not hold requests.
  it("fails fast, as unavailable, when its Redis cannot be reached", async () => {
    const warnings: string[] = []
    // Port 1 on loopback: nothing listens there, the connection is refused.
    const limits = createLeasingRateLimits(
      { perCredentialPerMinute: 3, failedAuthPerMinute: 2, redisUrl: "redis://127.0.0.1:1" },
      (m) => warnings.push(m)
    )
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
