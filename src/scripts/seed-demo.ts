import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "./demo/seed-demo-data"

/**
 * `medusa exec ./src/scripts/seed-demo.ts`: seeds the demo leasing business (safe to run again).
 * Refuses a database with other regions or payment providers; `-- --force` or
 * LEASING_DEMO_SEED_FORCE=true seeds anyway.
 */
export default async function seedDemo({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const force = (args ?? []).includes("--force") || process.env.LEASING_DEMO_SEED_FORCE === "true"
  // LEASING_DEMO_LEASE_HISTORY=false keeps the demo order's contracts pending (the browser tests deliver them).
  const summary = await seedDemoData(container, {
    withDemoOrder: true,
    withLeaseHistory: process.env.LEASING_DEMO_LEASE_HISTORY !== "false",
    force,
  })
  logger.info(
    `Demo data ready: ${Object.keys(summary.regions).length} regions, ${Object.keys(summary.companies).length} companies, storefront key ${summary.publishableKey}, demo order ${summary.demoOrder?.order_id}`
  )
}
