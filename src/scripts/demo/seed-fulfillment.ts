import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_REGIONS, DEMO_SHIPPING_PROFILE, DEMO_STOCK_LOCATION } from "./demo-config"
import { SeededRegions } from "./seed-store-and-regions"

const SHIPPING_ZONES = [
  { zone: "Europe", countries: DEMO_REGIONS[0].countries, option: "Standard delivery (EU)", amounts: { eur: 15 } },
  { zone: "France express", countries: ["fr"], option: "Express courier (France)", amounts: { eur: 35 } },
  { zone: "Switzerland", countries: DEMO_REGIONS[1].countries, option: "Standard delivery (CH)", amounts: { chf: 20 } },
  {
    zone: "United States",
    countries: DEMO_REGIONS[2].countries,
    option: "Standard delivery (US)",
    amounts: { usd: 20 },
  },
] as const

/**
 * A warehouse that ships to every demo country, a shipping profile for devices and one
 * shipping option per zone (France also has an express courier that serves only France).
 */
export async function seedFulfillment(container: MedusaContainer, salesChannelId: string, regions: SeededRegions) {
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: DEMO_SHIPPING_PROFILE, type: "default" }] },
    })
    profile = result[0]
  }

  let [location] = await stockLocationModule.listStockLocations({ name: DEMO_STOCK_LOCATION })
  if (location) {
    return { shippingProfileId: profile.id, stockLocationId: location.id }
  }
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: DEMO_STOCK_LOCATION, address: { address_1: "1 Rue du Leasing", city: "Lyon", country_code: "FR" } },
      ],
    },
  })
  location = locations[0]
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })

  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: `${DEMO_STOCK_LOCATION} delivery`,
    type: "shipping",
    service_zones: SHIPPING_ZONES.map((z) => ({
      name: z.zone,
      geo_zones: z.countries.map((country_code) => ({ type: "country" as const, country_code })),
    })),
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  await createShippingOptionsWorkflow(container).run({
    input: SHIPPING_ZONES.map((z) => {
      const zone = fulfillmentSet.service_zones.find((s) => s.name === z.zone)!
      return {
        name: z.option,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: z.option, description: z.option, code: z.zone.toLowerCase().replace(/\s+/g, "-") },
        prices: Object.entries(z.amounts).flatMap(([currency_code, amount]) => [
          { currency_code, amount },
          ...(regions[currency_code] ? [{ region_id: regions[currency_code].id, amount }] : []),
        ]),
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      }
    }),
  })
  return { shippingProfileId: profile.id, stockLocationId: location.id }
}
