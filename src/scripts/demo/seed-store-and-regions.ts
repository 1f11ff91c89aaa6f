import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_REGIONS, DEMO_SALES_CHANNEL } from "./demo-config"

export type SeededRegions = Record<string, { id: string; currency_code: string }>

/** Store currencies, the three demo regions with tax regions, and the storefront sales channel. */
export async function seedStoreAndRegions(container: MedusaContainer) {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const storeModule = container.resolve(Modules.STORE)
  const taxModule = container.resolve(Modules.TAX)

  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: DEMO_SALES_CHANNEL })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: DEMO_SALES_CHANNEL, description: "B2B leasing storefront" }] },
    })
    salesChannel = result[0]
  }

  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        default_sales_channel_id: salesChannel.id,
        supported_currencies: DEMO_REGIONS.map((r, index) => ({
          currency_code: r.currency_code,
          is_default: index === 0,
        })),
      },
    },
  })

  const existing = await regionModule.listRegions({ name: { $in: DEMO_REGIONS.map((r) => r.name) } })
  const missing = DEMO_REGIONS.filter((r) => !existing.some((e) => e.name === r.name))
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: [...r.countries],
          payment_providers: ["pp_system_default"],
        })),
      },
    })
  }

  const taxRegions = await taxModule.listTaxRegions({})
  const taxed = new Set(taxRegions.filter((t) => !t.parent_id).map((t) => t.country_code))
  const missingTax = DEMO_REGIONS.flatMap((r) =>
    r.countries
      .filter((c) => !taxed.has(c))
      .map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { name: "Standard", code: `std-${country_code}`, rate: r.tax_rate },
      }))
  )
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({ input: missingTax })
  }

  const regions = await regionModule.listRegions({ name: { $in: DEMO_REGIONS.map((r) => r.name) } })
  const byCurrency: SeededRegions = {}
  for (const region of regions) {
    byCurrency[region.currency_code] = { id: region.id, currency_code: region.currency_code }
  }
  // A cart created without a region (`POST /store/carts {}`) lands in the euro region, not in
  // whichever region the database lists first.
  const defaultRegion = byCurrency[DEMO_REGIONS[0].currency_code]
  if (defaultRegion && store.default_region_id !== defaultRegion.id) {
    await updateStoresWorkflow(container).run({
      input: { selector: { id: store.id }, update: { default_region_id: defaultRegion.id } },
    })
  }
  return { salesChannel, regions: byCurrency }
}
