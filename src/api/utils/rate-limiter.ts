export type RateLimitDecision = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number }

/**
 * Fixed-window request counter per key, in memory. A key's window opens at its first
 * request and lasts `windowMs`; the (limit+1)th request inside it is refused until it closes.
 * One process only: behind several server instances each counts on its own.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>()
  private lastSweep = 0

  constructor(
    readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now
  ) {}

  hit(key: string): RateLimitDecision {
    const now = this.now()
    this.sweep(now)
    let window = this.windows.get(key)
    if (!window || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, count: 0 }
      this.windows.set(key, window)
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000))
    if (window.count >= this.limit) {
      return { allowed: false, limit: this.limit, remaining: 0, retryAfterSeconds }
    }
    window.count += 1
    return { allowed: true, limit: this.limit, remaining: this.limit - window.count, retryAfterSeconds }
  }

  /** Forgets closed windows, at most once a window, so memory follows the active keys only. */
  private sweep(now: number) {
    if (now - this.lastSweep < this.windowMs) return
    this.lastSweep = now
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key)
    }
  }
}
