/**
 * The plugin options that shape a lease's life after delivery (docs/lease-lifecycle.md). In a
 * host app they are the plugin's options (`plugins: [{ resolve: "medusa-leasing", options }]`),
 * which Medusa hands to every module of the plugin.
 */
export type LeaseLifecycleOptions = {
  /** `lease_contract.ending_soon` is emitted this many days before a contract's end. Default 30. */
  endingSoonDays?: number
  /** What a contract becomes when its end date passes without a choice. Default EXTENDED (month to month). */
  expiredLeaseStatus?: "EXTENDED" | "RETURN_REQUESTED"
  /** Buyback price = unpaid installments × factor, at least floor × monthly rent (per offer: metadata.buyback). */
  buybackFactor?: number
  buybackFloorMonths?: number
  /** Days a buyback quote stays valid. Default 14. */
  buybackQuoteValidityDays?: number
  /** Monthly rents an early return (before the end date) owes as a one-time fee. Default 3. */
  earlyReturnFeeMonths?: number
  /**
   * Upgrade (a new cart's device replacing a running contract, which goes into return): allowed from
   * month `fromMonth` of the contract (default 13); before month `feeUntilMonth`
   * (default 24) it owes `feeMonths` monthly rents (default 3). Everphone's rule by default.
   */
  upgrade?: Partial<UpgradeRule>
  /** Webhook retries: attempts per delivery, first backoff (doubled each time), failures that disable an endpoint. */
  webhookMaxAttempts?: number
  webhookBackoffSeconds?: number
  webhookDisableAfterFailures?: number
  /**
   * TEST/DEV ONLY: accept `http://127.0.0.1` / `http://localhost` webhook URLs. Also
   * LEASING_WEBHOOKS_ALLOW_LOOPBACK_HTTP=true. Never in production: deliveries must be HTTPS.
   */
  webhookAllowLoopbackHttp?: boolean
}

export type UpgradeRule = { fromMonth: number; feeMonths: number; feeUntilMonth: number }

export type ResolvedLeaseLifecycleOptions = Required<Omit<LeaseLifecycleOptions, "upgrade">> & { upgrade: UpgradeRule }

const positive = (value: unknown, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 ? n : fallback
}
const envNumber = (name: string) =>
  process.env[name] === undefined || process.env[name] === "" ? undefined : Number(process.env[name])

/** The options with their defaults; a few can come from the environment for tests and dev. */
export function resolveLeaseLifecycleOptions(options: LeaseLifecycleOptions = {}): ResolvedLeaseLifecycleOptions {
  return {
    endingSoonDays: Math.round(positive(options.endingSoonDays, 30)),
    expiredLeaseStatus: options.expiredLeaseStatus === "RETURN_REQUESTED" ? "RETURN_REQUESTED" : "EXTENDED",
    buybackFactor: positive(options.buybackFactor, 0.5),
    buybackFloorMonths: positive(options.buybackFloorMonths, 1),
    buybackQuoteValidityDays: Math.max(1, Math.round(positive(options.buybackQuoteValidityDays, 14))),
    earlyReturnFeeMonths: positive(options.earlyReturnFeeMonths, 3),
    upgrade: {
      fromMonth: Math.max(1, Math.round(positive(options.upgrade?.fromMonth, 13))),
      feeMonths: positive(options.upgrade?.feeMonths, 3),
      feeUntilMonth: Math.round(positive(options.upgrade?.feeUntilMonth, 24)),
    },
    webhookMaxAttempts: Math.max(
      1,
      Math.round(positive(options.webhookMaxAttempts ?? envNumber("LEASING_WEBHOOK_MAX_ATTEMPTS"), 6))
    ),
    webhookBackoffSeconds: positive(options.webhookBackoffSeconds ?? envNumber("LEASING_WEBHOOK_BACKOFF_SECONDS"), 30),
    webhookDisableAfterFailures: Math.max(
      1,
      Math.round(
        positive(options.webhookDisableAfterFailures ?? envNumber("LEASING_WEBHOOK_DISABLE_AFTER_FAILURES"), 5)
      )
    ),
    webhookAllowLoopbackHttp:
      options.webhookAllowLoopbackHttp ?? process.env.LEASING_WEBHOOKS_ALLOW_LOOPBACK_HTTP === "true",
  }
}
