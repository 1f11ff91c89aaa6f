import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A demo variant by SKU, with its offer's integer alias and its price set. */
export async function demoVariant(container: MedusaContainer, sku: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product_id", "price_set.id"],
    filters: { sku },
  })
  if (!data[0]) throw new Error(`No demo variant ${sku}`)
  const { data: offers } = await query.graph({
    entity: "leasing_offer",
    fields: ["catalog_number"],
    filters: { variant_id: data[0].id },
  })
  return {
    ...data[0],
    price_set_id: data[0].price_set?.id as string,
    catalog_number: Number(offers[0]?.catalog_number),
  }
}

/** Everything the catalog stores about a variant, straight from the database. */
export async function catalogRows(dbConnection: any, variantId: string) {
  const offer = await dbConnection.raw(
    `select id, catalog_number, available_countries, has_keyboard, keyboard_layouts, lease_term_months, leasable, purchasable
       from leasing_offer where variant_id = ? and deleted_at is null`,
    [variantId]
  )
  const prices = await dbConnection.raw(
    `select p.id, p.currency_code, p.amount::text as amount, p.deleted_at is null as live,
            coalesce(json_agg(json_build_object('a', r.attribute, 'v', r.value) order by r.attribute)
                     filter (where r.id is not null), '[]') as rules
       from price p
       join product_variant_price_set link on link.price_set_id = p.price_set_id and link.deleted_at is null
       left join price_rule r on r.price_id = p.id and r.deleted_at is null
      where link.variant_id = ?
      group by p.id order by p.id`,
    [variantId]
  )
  return { offer: offer.rows, prices: prices.rows }
}
