import { MedusaContainer } from "@medusajs/framework/types"
import { checkDemoTarget } from "./check-demo-target"
import { seedAdminUser } from "./seed-admin-user"
import { seedCatalog } from "./seed-catalog"
import { seedCompanies } from "./seed-companies"
import { seedDemoDevices } from "./seed-demo-devices"
import { seedDemoLeases } from "./seed-demo-leases"
import { seedDemoOrder } from "./seed-demo-order"
import { seedFulfillment } from "./seed-fulfillment"
import { seedStoreAndRegions } from "./seed-store-and-regions"
import { seedStorefrontKey } from "./seed-storefront-key"

type Options = {
  /**
   * Also validate one order of Acme with lease contracts, and register a few devices Acme already
   * had (what `npm run dev` shows a newcomer).
   * Off by default: the HTTP tests seed the demo for every spec file and count orders and
   * contracts from zero; the specs that want the order ask for it.
   */
  withDemoOrder?: boolean
  /** Seed even into a database that already has other regions or payment providers (see check-demo-target.ts). */
  force?: boolean
  /**
   * Also start the demo order's leases (one running with installments due, one ending within 30
   * days; `seed-demo-leases.ts`). Off by default, like the order: specs that deliver the demo
   * contracts themselves need them pending.
   */
  withLeaseHistory?: boolean
}

/**
 * The whole demo: regions, storefront channel and key, fulfillment, the leasing catalog, an admin,
 * two client companies (with DEMO-ONLY deterministic API tokens, returned in `companies`) and,
 * when asked, a validated order with its lease contracts.
 * Idempotent: every part looks for what it would create first, so a second run adds nothing.
 * Refuses a database that holds another shop's regions or payment providers unless `force`.
 */
export async function seedDemoData(
  container: MedusaContainer,
  { withDemoOrder = false, withLeaseHistory = false, force = false }: Options = {}
) {
  await checkDemoTarget(container, { force })
  const { salesChannel, regions } = await seedStoreAndRegions(container)
  const publishableKey = await seedStorefrontKey(container, salesChannel.id)
  const fulfillment = await seedFulfillment(container, salesChannel.id, regions)
  await seedCatalog(container, salesChannel.id, fulfillment.shippingProfileId)
  const admin = await seedAdminUser(container)
  const companies = await seedCompanies(container)
  const demoOrder = withDemoOrder
    ? await seedDemoOrder(container, { salesChannelId: salesChannel.id, regions, companies })
    : null
  if (withDemoOrder) {
    // Acme's fleet: the demo order's devices (written by checkout) and a few it already had.
    await seedDemoDevices(container, companies.acme)
  }
  if (demoOrder && withLeaseHistory) await seedDemoLeases(container, demoOrder.order_id)
  return {
    salesChannelId: salesChannel.id,
    regions,
    publishableKey,
    adminEmail: admin.email,
    ...fulfillment,
    companies,
    demoOrder,
  }
}
