import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEMO_REGIONS } from "./demo-config"

// The provider every Medusa app registers; the demo's regions use it (it authorises every
// payment without charging anyone).
const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"

/**
 * The demo seeds regions whose payments go through Medusa's system provider, a sales channel,
 * a publishable key, an admin with a known password and companies with public API tokens: fine
 * for a development database, harmful in a shop. So it refuses a database that already holds a
 * shop's configuration (regions other than the demo's, or payment providers besides the system
 * one) unless told to (`force`). A database the demo seeded itself passes: the seed is idempotent.
 */
export async function checkDemoTarget(container: MedusaContainer, { force = false } = {}) {
  if (force) return
  const demoRegions = new Set<string>(DEMO_REGIONS.map((r) => r.name))
  const [regions, providers] = await Promise.all([
    container.resolve(Modules.REGION).listRegions({}, { select: ["id", "name"] }),
    container.resolve(Modules.PAYMENT).listPaymentProviders({}, { select: ["id"] }),
  ])
  const foreignRegions = regions.filter((r) => !demoRegions.has(r.name)).map((r) => r.name)
  const foreignProviders = providers.filter((p) => p.id !== SYSTEM_PAYMENT_PROVIDER).map((p) => p.id)
  if (foreignRegions.length || foreignProviders.length) {
    const found = [
      foreignRegions.length ? `regions ${foreignRegions.map((n) => `"${n}"`).join(", ")}` : "",
      foreignProviders.length ? `payment providers ${foreignProviders.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join(" and ")
    throw new Error(
      `The demo seed refuses this database: it already has ${found}. The demo adds regions paid through the system ` +
        `payment provider (no charge), an admin with a known password and public API tokens, for development only. ` +
        `Seed an empty database, or pass --force (LEASING_DEMO_SEED_FORCE=true) if you really mean to.`
    )
  }
}
