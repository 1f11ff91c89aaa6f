import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible"

export type RateLimitDecision = {
  allowed: boolean
  limit: number
  remaining: number
  retryAfterSeconds: number
  /** Seconds until the oldest counted request leaves the window (the `RateLimit-Reset` header). */
  resetSeconds?: number
}

/** The counters' store failed (Redis unreachable or too slow): the caller answers 503. */
export class RateLimitStoreUnavailableError extends Error {
  constructor(readonly cause: unknown) {
    super(`The rate limit counters are unavailable: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

/**
 * A sliding-window limit over rate-limiter-flexible's atomic counters (memory or Redis).
 *
 * Why not the library's own limiter: it is a fixed window, which lets up to twice the limit
 * through around a window's edge (the limit at the end of one window, again at the start of
 * the next). Here the window is cut into `slices`; a request counts in its slice and is
 * allowed while its slice and the `slices` before it, which together cover at least the last
 * `windowMs`, hold no more than `limit` allowed requests. So no span of `windowMs` ever holds
 * more than `limit` allowed requests, across every process sharing the store. The price: a
 * key that spent its budget may wait up to one slice longer than an exact request log would
 * make it wait (70 s instead of 60 with the defaults).
 *
 * The increment is atomic in the store and the earlier slices are in the past, so concurrent
 * requests on several instances cannot overshoot (given clocks that agree to well under a
 * slice, as NTP keeps them). A refused request is taken back out of its slice: only allowed
 * requests count.
 */
export class SlidingWindowLimiter {
  private readonly sliceMs: number

  constructor(
    private readonly counters: RateLimiterAbstract,
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly slices = 6,
    private readonly now: () => number = Date.now
  ) {
    this.sliceMs = windowMs / slices
  }

  /** Slice lifetime the counters' store must keep: the window plus the current slice. */
  static ttlSeconds(windowMs = 60_000, slices = 6) {
    return Math.ceil((windowMs + windowMs / slices) / 1000)
  }

  /** Counts the request if the key has budget left; refused requests do not count. */
  async hit(key: string): Promise<RateLimitDecision> {
    const { at, slice } = this.clock()
    const [current, earlier] = await this.store(() =>
      Promise.all([this.counters.penalty(this.sliceKey(key, slice), 1), this.read(key, slice - this.slices, slice)])
    )
    const counts = [...earlier, current.consumedPoints]
    const total = counts.reduce((sum, n) => sum + n, 0)
    if (total <= this.limit) {
      return { allowed: true, limit: this.limit, remaining: this.limit - total, retryAfterSeconds: 0, resetSeconds: this.resetSeconds(counts, slice, at) }
    }
    await this.store(() => this.counters.reward(this.sliceKey(key, slice), 1))
    counts[counts.length - 1] -= 1
    return this.refusal(counts, slice, at)
  }

  /** Whether one more would be allowed now, without counting anything. */
  async check(key: string): Promise<RateLimitDecision> {
    const { at, slice } = this.clock()
    const counts = await this.store(() => this.read(key, slice - this.slices, slice + 1))
    const total = counts.reduce((sum, n) => sum + n, 0)
    if (total < this.limit) {
      return { allowed: true, limit: this.limit, remaining: this.limit - total, retryAfterSeconds: 0 }
    }
    return this.refusal(counts, slice, at)
  }

  /** Counts an event whatever the budget (a failed authentication has happened already). */
  async record(key: string): Promise<void> {
    await this.store(() => this.counters.penalty(this.sliceKey(key, this.clock().slice), 1))
  }

  /** Slice `slice - slices + i` leaves the window when slice `slice + i + 1` begins. */
  private resetSeconds(counts: number[], slice: number, at: number) {
    const oldest = Math.max(0, counts.findIndex((n) => n > 0))
    return Math.max(1, Math.ceil(((slice + oldest + 1) * this.sliceMs - at) / 1000))
  }

  private clock() {
    const at = this.now()
    return { at, slice: Math.floor(at / this.sliceMs) }
  }

  private sliceKey(key: string, slice: number) {
    return `${key}:${slice}`
  }

  /** Counts of slices [from, to), oldest first; a missing slice counts 0. */
  private async read(key: string, from: number, to: number): Promise<number[]> {
    const slices = Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)
    const found = await Promise.all(slices.map((s) => this.counters.get(this.sliceKey(key, s))))
    return found.map((res: RateLimiterRes | null) => Math.max(0, res?.consumedPoints ?? 0))
  }

  /**
   * Refused with the seconds until enough old slices have left the window for one more
   * request (assuming nothing else is allowed meanwhile). `counts` runs from the oldest slice
   * in the window (slice - slices) to the current one.
   */
  private refusal(counts: number[], slice: number, at: number): RateLimitDecision {
    let left = counts.reduce((sum, n) => sum + n, 0)
    let dropped = 0
    while (left >= this.limit && dropped < counts.length) {
      left -= counts[dropped]
      dropped += 1
    }
    // Dropping the oldest slice happens when slice + 1 begins, and so on.
    const freeAt = (slice + Math.max(1, dropped)) * this.sliceMs
    return { allowed: false, limit: this.limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - at) / 1000)) }
  }

  private async store<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation()
    } catch (err) {
      throw new RateLimitStoreUnavailableError(err)
    }
  }
}
