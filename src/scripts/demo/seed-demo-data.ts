import { MedusaContainer } from "@medusajs/framework/types"
import { seedAdminUser } from "./seed-admin-user"
import { seedCatalog } from "./seed-catalog"
import { seedCompanies } from "./seed-companies"
import { seedFulfillment } from "./seed-fulfillment"
import { seedStoreAndRegions } from "./seed-store-and-regions"
import { seedStorefrontKey } from "./seed-storefront-key"

/**
 * The whole demo: regions, storefront channel and key, fulfillment, the leasing catalog, an admin
 * and two client companies (with DEMO-ONLY deterministic API tokens, returned in `companies`).
 * Idempotent: every part looks for what it would create first, so a second run adds nothing.
 */
export async function seedDemoData(container: MedusaContainer) {
  const { salesChannel, regions } = await seedStoreAndRegions(container)
  const publishableKey = await seedStorefrontKey(container, salesChannel.id)
  const fulfillment = await seedFulfillment(container, salesChannel.id, regions)
  await seedCatalog(container, salesChannel.id, fulfillment.shippingProfileId)
  const admin = await seedAdminUser(container)
  const companies = await seedCompanies(container)
  return { salesChannelId: salesChannel.id, regions, publishableKey, adminEmail: admin.email, ...fulfillment, companies }
}
