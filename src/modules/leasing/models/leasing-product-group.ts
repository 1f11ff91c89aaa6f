import { model } from "@medusajs/framework/utils"

/**
 * A product group of the leasing platform's catalog (the "shelf": one Medusa product whose
 * variants are the catalog products) and its stable positive integer id: the platform names
 * product groups by integers, as it names catalog products (`leasing_offer.catalog_number`).
 * Written with the product's first leasing offer; never renumbered.
 */
const LeasingProductGroup = model
  .define("leasing_product_group", {
    id: model.id({ prefix: "lpgrp" }).primaryKey(),
    group_number: model.autoincrement(),
    product_id: model.text(),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["group_number"], unique: true },
  ])

export default LeasingProductGroup
