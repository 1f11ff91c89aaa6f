import { RateLimiter } from "../rate-limiter"

describe("RateLimiter", () => {
  const clock = (start = 1_000_000) => {
    let now = start
    return { now: () => now, advance: (ms: number) => (now += ms) }
  }

  it("allows `limit` requests a window per key, refuses the next with the seconds left", () => {
    const time = clock()
    const limiter = new RateLimiter(100, 60_000, time.now)
    for (let i = 0; i < 100; i++) {
      expect(limiter.hit("token-a").allowed).toBe(true)
    }
    time.advance(15_500)
    const refused = limiter.hit("token-a")
    expect(refused).toEqual({ allowed: false, limit: 100, remaining: 0, retryAfterSeconds: 45 })
  })

  it("counts each key on its own", () => {
    const limiter = new RateLimiter(2, 60_000, clock().now)
    limiter.hit("a")
    limiter.hit("a")
    expect(limiter.hit("a").allowed).toBe(false)
    expect(limiter.hit("b")).toEqual(expect.objectContaining({ allowed: true, remaining: 1 }))
  })

  it("opens a new window once the old one has closed", () => {
    const time = clock()
    const limiter = new RateLimiter(1, 60_000, time.now)
    expect(limiter.hit("a").allowed).toBe(true)
    expect(limiter.hit("a").allowed).toBe(false)
    time.advance(60_000)
    expect(limiter.hit("a").allowed).toBe(true)
  })

  it("never asks to retry in less than a second", () => {
    const time = clock()
    const limiter = new RateLimiter(1, 60_000, time.now)
    limiter.hit("a")
    time.advance(59_999)
    expect(limiter.hit("a").retryAfterSeconds).toBe(1)
  })

  it("forgets closed windows", () => {
    const time = clock()
    const limiter = new RateLimiter(1, 60_000, time.now)
    for (let i = 0; i < 50; i++) limiter.hit(`key-${i}`)
    time.advance(60_000)
    limiter.hit("fresh")
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1)
  })
})
