import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// A host Medusa app as a leasing business would have it: nothing of its own but the plugin.
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "host-app-jwt",
      cookieSecret: "host-app-cookie",
    },
  },
  admin: { disable: true },
  plugins: [{ resolve: "medusa-leasing", options: { rateLimitPerMinute: 250 } }],
})
