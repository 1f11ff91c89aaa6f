import { startAdminApp } from "./app-harness"

module.exports = async () => {
  const app = await startAdminApp()
  process.env.LEASING_E2E_BASE_URL = app.baseUrl
  process.env.LEASING_E2E_DATABASE_URL = app.databaseUrl
  ;(globalThis as any).__LEASING_E2E_APP__ = app
}
