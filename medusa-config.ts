import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// The package runs as its own Medusa app for development, the demo and the tests.
// A host app installs it as a plugin instead (see README): there its modules are
// registered automatically from `plugins: ["medusa-leasing"]`.

// With REDIS_URL the app can run as several processes sharing one PostgreSQL and one Redis
// (README, "Production"); without it, everything stays in one process and needs no Redis.
const redisUrl = process.env.REDIS_URL || undefined
const WORKER_MODES = ["shared", "server", "worker"] as const
type WorkerMode = (typeof WORKER_MODES)[number]
const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as WorkerMode
if (!WORKER_MODES.includes(workerMode)) {
  throw new Error(
    `MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}; got "${process.env.MEDUSA_WORKER_MODE}"`
  )
}

// Fixed secrets are for development and the tests only. Anywhere else (NODE_ENV production,
// staging, ...) a missing secret stops the server: with a public string anyone could sign an
// admin JWT or a session cookie (docs/security.md).
const DEVELOPMENT_ENVIRONMENTS = ["development", "test"]
function secret(name: "JWT_SECRET" | "COOKIE_SECRET", developmentFallback: string): string {
  const value = process.env[name]
  if (value) return value
  const environment = process.env.NODE_ENV || "development"
  if (DEVELOPMENT_ENVIRONMENTS.includes(environment)) return developmentFallback
  throw new Error(
    `${name} is not set. Outside development and test (NODE_ENV is "${environment}") the server needs its own secret: ` +
      `set ${name} to a long random string (e.g. \`openssl rand -base64 48\`), see docs/security.md.`
  )
}

/** Medusa's Redis modules: events, workflows, locks (the cart lock included) and caching shared by every process. */
function redisModules(url: string) {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: url } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: url } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl: url },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl: url },
          },
        ],
      },
    },
  ]
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    workerMode,
    // Sessions (the admin's cookie) in Redis, so that every server instance knows them.
    ...(redisUrl ? { redisUrl } : {}),
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000,http://localhost:5173",
      jwtSecret: secret("JWT_SECRET", "medusa-leasing-dev-jwt"),
      cookieSecret: secret("COOKIE_SECRET", "medusa-leasing-dev-cookie"),
    },
  },
  admin: {
    // A worker serves no HTTP, so no admin either.
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true" || workerMode === "worker",
  },
  // Medusa 2.21 uses the Caching module only behind this flag (marked work in progress). On the
  // Redis provider all instances share one cache, cleared by whichever instance emits the
  // change's event. MEDUSA_FF_CACHING=false turns it off.
  featureFlags: redisUrl ? { caching: true } : {},
  modules: [
    { resolve: "./src/modules/leasing" },
    {
      resolve: "./src/modules/company",
      // In a host app these are the plugin's options: `plugins: [{ resolve: "medusa-leasing", options }]`.
      options: {
        rateLimitPerMinute: Number(process.env.LEASING_RATE_LIMIT_PER_MINUTE) || 100,
        failedAuthLimitPerMinute: Number(process.env.LEASING_FAILED_AUTH_LIMIT_PER_MINUTE) || 20,
        // The plugin's rate limits count in the same Redis, so they hold across instances.
        redisUrl,
        // Proxies whose X-Forwarded-For names the client (comma list of addresses/CIDRs); none by default (docs/security.md).
        trustedProxies: process.env.LEASING_TRUSTED_PROXIES || "",
      },
    },
    ...(redisUrl ? redisModules(redisUrl) : []),
  ],
})
