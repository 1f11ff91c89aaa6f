import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { upsertLeasingOfferWorkflow } from "../../workflows/leasing-catalog/upsert-leasing-offer"
import { DEMO_CATALOG, demoPrices } from "./demo-catalog"

/** Products, variants, offers and lease/purchase prices of the demo catalog (skips existing groups). */
export async function seedCatalog(container: MedusaContainer, salesChannelId: string, shippingProfileId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: DEMO_CATALOG.map((g) => g.handle) },
  })
  const have = new Set(existing.map((p) => p.handle))
  const missing = DEMO_CATALOG.filter((g) => !have.has(g.handle))
  if (!missing.length) return

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((group) => ({
        title: group.title,
        handle: group.handle,
        description: group.description,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: shippingProfileId,
        sales_channels: [{ id: salesChannelId }],
        options: [{ title: "Configuration", values: group.variants.map((v) => v.title) }],
        variants: group.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          manage_inventory: false,
          options: { Configuration: v.title },
          prices: [],
        })),
      })),
    },
  })

  for (const group of missing) {
    const product = products.find((p) => p.handle === group.handle)!
    for (const device of group.variants) {
      const variant = product.variants.find((v) => v.sku === device.sku)!
      await upsertLeasingOfferWorkflow(container).run({
        input: {
          variant_id: variant.id,
          available_countries: group.countries,
          has_keyboard: group.keyboard_layouts.length > 0,
          keyboard_layouts: group.keyboard_layouts,
          lease_term_months: group.lease_term_months,
          leasable: device.leasable !== false,
          purchasable: true,
          prices: demoPrices(group, device),
        },
      })
    }
  }
}
