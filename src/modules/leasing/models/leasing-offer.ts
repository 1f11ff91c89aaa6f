import { model } from "@medusajs/framework/utils"
import { DEFAULT_LEASE_TERM_MONTHS } from "../constants"

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
    // The offer's default term: one of lease_terms_months, used when a device names none.
    lease_term_months: model.number().default(DEFAULT_LEASE_TERM_MONTHS),
    // Terms (months) a device may be leased for; rent is priced per term (price rule lease_term_months).
    // Null (an offer written before terms existed, or by a caller that does not know them)
    // means [lease_term_months]; see offeredLeaseTerms.
    lease_terms_months: model.json<number[]>().nullable(),
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
