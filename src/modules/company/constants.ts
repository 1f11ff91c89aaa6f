/** ADMIN users may change their company's data; EMPLOYEE users may only read it. */
export const COMPANY_USER_ROLES = ["ADMIN", "EMPLOYEE"] as const
export type CompanyUserRole = (typeof COMPANY_USER_ROLES)[number]

/** READ: every GET. WRITE: READ plus every POST/PATCH/DELETE. */
export const API_TOKEN_SCOPES = ["READ", "WRITE"] as const
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number]

/**
 * A company address's postal fields, in the model's order: what the admin and store routes show of
 * an address between its ids and its flags, and what a new cart's shipping address copies.
 */
export const COMPANY_ADDRESS_POSTAL_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "postal_code",
  "province",
  "country_code",
  "phone",
] as const

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 100
export const DEFAULT_FAILED_AUTH_LIMIT_PER_MINUTE = 20

/** Options of the company module; in a host app they are the plugin's `options`. */
export type CompanyModuleOptions = {
  /** Requests a minute allowed per credential (API token or company user) on company-scoped store routes. */
  rateLimitPerMinute?: number
  /** Failed token authentications a minute per client address; beyond them its token requests get 429. */
  failedAuthLimitPerMinute?: number
  /**
   * Redis that holds the rate-limit counters, shared by every server instance (usually the
   * app's REDIS_URL). Without it each process counts on its own, in memory.
   */
  redisUrl?: string
  /**
   * The reverse proxies in front of the app whose `X-Forwarded-For` names the client, as
   * addresses or CIDR ranges (`["10.0.0.0/8", "127.0.0.1"]`, or the env's comma list). Empty
   * (the default): the client is the socket's peer and `X-Forwarded-For` is ignored. The failed
   * authentication limit counts per client address (IPv6: per /64). See docs/security.md.
   */
  trustedProxies?: string[] | string
  /**
   * The shipping option a platform cart's validate chooses for devices of a country when the cart
   * has none: ISO alpha-2 country → shipping option id or name. Without one (or when it cannot
   * serve the cart), the cheapest option serving every device's country.
   */
  defaultShippingOptions?: Record<string, string>
}

/** The options with their defaults applied. */
export type ResolvedCompanyModuleOptions = {
  rateLimitPerMinute: number
  failedAuthLimitPerMinute: number
  redisUrl?: string
  trustedProxies: string[]
  defaultShippingOptions: Record<string, string>
}
