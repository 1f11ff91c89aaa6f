export type RateLimitDecision = {
  allowed: boolean
  limit: number
  remaining: number
  retryAfterSeconds: number
  /** Seconds until the oldest counted request leaves the window (the `RateLimit-Reset` header). */
  resetSeconds: number
}

/** The counters' store failed (Redis unreachable or too slow): the caller answers 503. */
export class RateLimitStoreUnavailableError extends Error {
  constructor(readonly cause: unknown) {
    super(`The rate limit counters are unavailable: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

/** What a log store answers after one atomic step on a key. */
export type LogStep = {
  /** Whether this request was added to the log (always false for a check). */
  added: boolean
  /** Entries in the window after the step. */
  count: number
  /** When one more request fits (ms since epoch), or null if one fits now. */
  freeAt: number | null
  /** The oldest entry still in the window (ms since epoch), or null when the log is empty. */
  oldestAt: number | null
}

/**
 * The request log of every key, pruned to the window. `step` is atomic per key (one Redis
 * script, or one synchronous block in memory), so concurrent requests on several instances
 * cannot overshoot the limit.
 */
export interface RequestLogStore {
  /**
   * Drops the key's entries at or before `now - windowMs`; with `add`, logs `now` if fewer than
   * `limit` entries remain; then answers the count and when the next request would fit.
   */
  step(key: string, now: number, windowMs: number, limit: number, add: boolean): Promise<LogStep>
  close(): Promise<void>
}

/**
 * An exact sliding-window limit: a request is allowed while the window `(now - windowMs, now]`
 * holds fewer than `limit` allowed requests, and only allowed requests are logged. So:
 * - no span of `windowMs` ever holds more than `limit` allowed requests (no double burst at a
 *   fixed window's edge);
 * - a refusal's `Retry-After` is the moment the oldest request that matters leaves the window:
 *   never more than the window, and a request sent then is accepted (unless others took the
 *   room meanwhile, which the log cannot foresee).
 *
 * Why not rate-limiter-flexible's limiters: they count in fixed windows (twice the limit
 * across an edge) or, sliced into sub-windows, make a client wait up to a slice longer than
 * the window; neither keeps both promises above. The log costs `limit` timestamps per key.
 */
export class SlidingWindowLimiter {
  constructor(
    private readonly store: RequestLogStore,
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now
  ) {}

  /** Counts the request if the key has budget left; refused requests do not count. */
  async hit(key: string): Promise<RateLimitDecision> {
    return this.decide(key, true)
  }

  /** Whether one more would be allowed now, without counting anything. */
  async check(key: string): Promise<RateLimitDecision> {
    return this.decide(key, false)
  }

  private async decide(key: string, add: boolean): Promise<RateLimitDecision> {
    const at = this.now()
    let step: LogStep
    try {
      step = await this.store.step(key, at, this.windowMs, this.limit, add)
    } catch (err) {
      throw new RateLimitStoreUnavailableError(err)
    }
    // Whole seconds, rounded up: a client that waits exactly this long finds the room free.
    const seconds = (until: number | null) =>
      until === null ? 0 : Math.max(1, Math.ceil(Math.max(0, until - at) / 1000))
    const resetSeconds = seconds(step.oldestAt === null ? null : step.oldestAt + this.windowMs)
    if (step.added || (!add && step.count < this.limit)) {
      return {
        allowed: true,
        limit: this.limit,
        remaining: Math.max(0, this.limit - step.count),
        retryAfterSeconds: 0,
        resetSeconds,
      }
    }
    return {
      allowed: false,
      limit: this.limit,
      remaining: 0,
      retryAfterSeconds: seconds(step.freeAt ?? at),
      resetSeconds,
    }
  }
}

/** When one more request fits in a log of ascending times (null: it fits now). */
export function freeAtOf(times: number[], windowMs: number, limit: number): number | null {
  // `limit` entries must remain at most limit - 1: the (n - limit)th oldest leaves last.
  const index = times.length - limit
  return index < 0 ? null : times[index] + windowMs
}

/** The log in this process's memory (`npm run dev`, tests, a single instance). */
export class MemoryRequestLogStore implements RequestLogStore {
  private readonly logs = new Map<string, number[]>()
  private lastSweep = 0

  async step(key: string, now: number, windowMs: number, limit: number, add: boolean): Promise<LogStep> {
    this.sweep(now, windowMs)
    const log = (this.logs.get(key) ?? []).filter((t) => t > now - windowMs)
    const added = add && log.length < limit
    if (added) log.push(now)
    if (log.length) this.logs.set(key, log)
    else this.logs.delete(key)
    return { added, count: log.length, freeAt: freeAtOf(log, windowMs, limit), oldestAt: log[0] ?? null }
  }

  /** Forgets keys that have been quiet for a whole window (bounded memory under many addresses). */
  private sweep(now: number, windowMs: number) {
    if (now - this.lastSweep < windowMs) return
    this.lastSweep = now
    for (const [key, log] of this.logs) {
      if (!log.length || log[log.length - 1] <= now - windowMs) this.logs.delete(key)
    }
  }

  async close() {}
}
