import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// The package runs as its own Medusa app for development, the demo and the tests.
// A host app installs it as a plugin instead (see README): there its modules are
// registered automatically from `plugins: ["medusa-leasing"]`.
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "medusa-leasing-dev-jwt",
      cookieSecret: process.env.COOKIE_SECRET || "medusa-leasing-dev-cookie",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    { resolve: "./src/modules/leasing" },
    {
      resolve: "./src/modules/company",
      // In a host app these are the plugin's options: `plugins: [{ resolve: "medusa-leasing", options }]`.
      options: { rateLimitPerMinute: Number(process.env.LEASING_RATE_LIMIT_PER_MINUTE) || 100 },
    },
  ],
})
