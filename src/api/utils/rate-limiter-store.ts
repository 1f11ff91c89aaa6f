import Redis from "ioredis"
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible"
import { SlidingWindowLimiter } from "./rate-limiter"

export type LeasingRateLimitOptions = {
  /** Allowed requests a minute per credential (API token or company user). */
  perCredentialPerMinute: number
  /** Failed authentications a minute per client address before its token attempts are refused. */
  failedAuthPerMinute: number
  /** Shared counters in this Redis (every instance sees the same budget); in memory without it. */
  redisUrl?: string
}

export type LeasingRateLimits = {
  perCredential: SlidingWindowLimiter
  failedAuthByAddress: SlidingWindowLimiter
  /** Closes the Redis connection, if any. */
  close: () => Promise<void>
}

// A request waits at most this long for Redis before it is answered 503: a limiter that
// hangs would hold every request of every instance while Redis is away.
const REDIS_COMMAND_TIMEOUT_MS = 1000

function redisClient(url: string, warn: (message: string) => void) {
  const client = new Redis(url, {
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    maxRetriesPerRequest: 1,
    connectionName: "medusa-leasing-rate-limits",
  })
  // ioredis reconnects by itself; say once per outage that counting stopped, not on every retry.
  let healthy = true
  client.on("ready", () => (healthy = true))
  client.on("error", (err) => {
    if (healthy) warn(`medusa-leasing rate limits: Redis unavailable (${err.message}); leasing routes answer 503 until it is back`)
    healthy = false
  })
  return client
}

/**
 * The plugin's two limits, on one store chosen by the options: Redis when `redisUrl` is set
 * (one budget across all server instances), process memory otherwise (`npm run dev`, tests).
 */
export function createLeasingRateLimits(options: LeasingRateLimitOptions, warn: (message: string) => void = console.warn): LeasingRateLimits {
  const client = options.redisUrl ? redisClient(options.redisUrl, warn) : undefined
  const counters = (keyPrefix: string): RateLimiterAbstract => {
    // `points` is unused by the sliding window (it reads the counts); the duration keeps each slice alive long enough.
    const settings = { keyPrefix, points: Number.MAX_SAFE_INTEGER, duration: SlidingWindowLimiter.ttlSeconds() }
    return client ? new RateLimiterRedis({ ...settings, storeClient: client }) : new RateLimiterMemory(settings)
  }
  return {
    perCredential: new SlidingWindowLimiter(counters("leasing-rl:credential"), options.perCredentialPerMinute),
    failedAuthByAddress: new SlidingWindowLimiter(counters("leasing-rl:auth-failure"), options.failedAuthPerMinute),
    close: async () => {
      client?.disconnect()
    },
  }
}
