import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createProductsWorkflow,
  createProductTypesWorkflow,
} from "@medusajs/medusa/core-flows"
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
  const { typeIds, collectionIds } = await seedCategoriesAndBrands(container)

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((group) => ({
        title: group.title,
        handle: group.handle,
        description: group.description,
        status: ProductStatus.PUBLISHED,
        type_id: typeIds.get(group.category),
        collection_id: collectionIds.get(group.brand.handle),
        shipping_profile_id: shippingProfileId,
        sales_channels: [{ id: salesChannelId }],
        options: [{ title: "Configuration", values: group.variants.map((v) => v.title) }],
        variants: group.variants.map((v) => ({
          title: v.title,
          sku: v.sku,
          manage_inventory: false,
          metadata: { characteristics: { ...group.characteristics, ...v.characteristics } },
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
          lease_terms_months: group.lease_terms_months,
          leasable: device.leasable !== false,
          purchasable: true,
          prices: demoPrices(group, device),
        },
      })
    }
  }
}

/**
 * The demo's catalog categories (product types, value = the platform's enum) and brands
 * (product collections, handle = the platform's brand slug), creating the missing ones.
 */
async function seedCategoriesAndBrands(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const categories = [...new Set(DEMO_CATALOG.map((g) => g.category))]
  const brands = [...new Map(DEMO_CATALOG.map((g) => [g.brand.handle, g.brand])).values()]

  const { data: existingTypes } = await query.graph({
    entity: "product_type",
    fields: ["id", "value"],
    filters: { value: categories },
  })
  const types: { id: string; value: string }[] = existingTypes.map((t) => ({ id: t.id, value: t.value }))
  const newTypes = categories.filter((c) => !types.some((t) => t.value === c))
  if (newTypes.length) {
    const { result } = await createProductTypesWorkflow(container).run({
      input: { product_types: newTypes.map((value) => ({ value })) },
    })
    types.push(...result.map((t) => ({ id: t.id, value: t.value })))
  }
  const { data: existingCollections } = await query.graph({
    entity: "product_collection",
    fields: ["id", "handle"],
    filters: { handle: brands.map((b) => b.handle) },
  })
  const collections: { id: string; handle: string }[] = existingCollections.map((c) => ({ id: c.id, handle: c.handle }))
  const newBrands = brands.filter((b) => !collections.some((c) => c.handle === b.handle))
  if (newBrands.length) {
    const { result } = await createCollectionsWorkflow(container).run({ input: { collections: newBrands } })
    collections.push(...result.map((c) => ({ id: c.id, handle: c.handle })))
  }
  return {
    typeIds: new Map(types.map((t) => [t.value, t.id])),
    collectionIds: new Map(collections.map((c) => [c.handle, c.id])),
  }
}
