import { defineConfig } from "@medusajs/framework/utils"

// The bench's yardstick: stock Medusa, no plugin, no modules of its own. Same http settings
// and in-memory infrastructure as the plugin's own app (medusa-config.ts at the root), and it
// points at the same database (the extra leasing tables are never touched).
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
  admin: { disable: true },
})
