import { randomUUID } from "node:crypto"
import Redis from "ioredis"
import { LogStep, MemoryRequestLogStore, RequestLogStore, SlidingWindowLimiter } from "./rate-limiter"

export type LeasingRateLimitOptions = {
  /** Allowed requests a minute per credential (API token or company user). */
  perCredentialPerMinute: number
  /** Failed authentications a minute per client address (IPv6: per /64) before its bad tokens get 429. */
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

/**
 * One atomic step on a key's log (a sorted set of request times): drop what left the window,
 * add this request if there is room, keep the set alive for one window, and answer the count
 * and when the next request fits. ARGV: now, window (ms), limit, add (1/0), member.
 */
const STEP_SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local added = 0
if ARGV[4] == '1' and count < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[5])
  count = count + 1
  added = 1
end
if count > 0 then redis.call('PEXPIRE', KEYS[1], window) end
local free_at = -1
if count >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
  free_at = tonumber(oldest[2]) + window
end
local oldest_at = -1
if count > 0 then oldest_at = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2]) end
return { added, count, free_at, oldest_at }
`

class RedisRequestLogStore implements RequestLogStore {
  constructor(
    private readonly client: Redis,
    private readonly keyPrefix: string
  ) {}

  async step(key: string, now: number, windowMs: number, limit: number, add: boolean): Promise<LogStep> {
    const [added, count, freeAt, oldestAt] = (await this.client.eval(
      STEP_SCRIPT,
      1,
      `${this.keyPrefix}:${key}`,
      now,
      windowMs,
      limit,
      add ? "1" : "0",
      `${now}:${randomUUID()}`
    )) as [number, number, number, number]
    return { added: added === 1, count, freeAt: freeAt < 0 ? null : freeAt, oldestAt: oldestAt < 0 ? null : oldestAt }
  }

  async close() {}
}

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
    if (healthy)
      warn(`medusa-leasing rate limits: Redis unavailable (${err.message}); leasing routes answer 503 until it is back`)
    healthy = false
  })
  return client
}

/** A request log on this Redis under this key prefix (for the limits below, and the cluster tests). */
export function redisRequestLogStore(client: Redis, keyPrefix: string): RequestLogStore {
  return new RedisRequestLogStore(client, keyPrefix)
}

/**
 * The plugin's two limits, on one store chosen by the options: Redis when `redisUrl` is set
 * (one budget across all server instances), process memory otherwise (`npm run dev`, tests).
 */
export function createLeasingRateLimits(
  options: LeasingRateLimitOptions,
  warn: (message: string) => void = console.warn
): LeasingRateLimits {
  const client = options.redisUrl ? redisClient(options.redisUrl, warn) : undefined
  const store = (keyPrefix: string): RequestLogStore =>
    client ? new RedisRequestLogStore(client, keyPrefix) : new MemoryRequestLogStore()
  return {
    perCredential: new SlidingWindowLimiter(store("leasing-rl:credential"), options.perCredentialPerMinute),
    failedAuthByAddress: new SlidingWindowLimiter(store("leasing-rl:auth-failure"), options.failedAuthPerMinute),
    close: async () => {
      client?.disconnect()
    },
  }
}
