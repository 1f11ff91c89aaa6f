import { model } from "@medusajs/framework/utils"

/**
 * How one product variant (a "catalog product" of the leasing platform) is offered:
 * where it can be delivered, with which keyboard layouts, and whether it can be
 * leased, bought or both. Its prices live in Medusa's Pricing module as price rules.
 */
const LeasingOffer = model
  .define("leasing_offer", {
    id: model.id({ prefix: "loff" }).primaryKey(),
    // Stable positive integer alias: the leasing platform names products by integers.
    catalog_number: model.autoincrement(),
    variant_id: model.text(),
    product_id: model.text(),
    available_countries: model.array(),
    has_keyboard: model.boolean().default(false),
    keyboard_layouts: model.array(),
    lease_term_months: model.number().default(36),
    leasable: model.boolean().default(true),
    purchasable: model.boolean().default(true),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
    { on: ["catalog_number"], unique: true },
  ])

export default LeasingOffer
