import Redis from "ioredis"
import { MemoryRequestLogStore, SlidingWindowLimiter } from "../rate-limiter"
import { redisRequestLogStore } from "../rate-limiter-store"

// The Redis script against the memory log on the same random stream: same decisions, same
// Retry-After. Runs when LEASING_TEST_REDIS_URL names a Redis (the cluster suite covers the
// instances sharing it); skipped otherwise, as the unit suite starts no server.
const url = process.env.LEASING_TEST_REDIS_URL
;(url ? describe : describe.skip)("Redis request log", () => {
  let client: Redis
  beforeAll(() => {
    client = new Redis(url!)
  })
  afterAll(() => client.disconnect())

  it("decides exactly as the memory log over a random stream", async () => {
    let now = Date.now()
    let seed = 2024
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const redis = new SlidingWindowLimiter(redisRequestLogStore(client, `leasing-rl:test-${now}`), 5, 60_000, () => now)
    const memory = new SlidingWindowLimiter(new MemoryRequestLogStore(), 5, 60_000, () => now)
    for (let i = 0; i < 300; i++) {
      now += random() < 0.8 ? Math.floor(random() * 3_000) : Math.floor(random() * 40_000)
      const check = random() < 0.2
      expect(check ? await redis.check("k") : await redis.hit("k")).toEqual(
        check ? await memory.check("k") : await memory.hit("k")
      )
    }
  })
})
