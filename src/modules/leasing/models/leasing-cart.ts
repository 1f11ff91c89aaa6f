import { model } from "@medusajs/framework/utils"

/**
 * What the leasing platform knows about a Medusa cart: its integer order id, its purchaser
 * and the saved company address its devices ship to by default. The owning company is the
 * company-cart link.
 */
const LeasingCart = model
  .define("leasing_cart", {
    id: model.id({ prefix: "lcart" }).primaryKey(),
    // The platform names carts ("orders") by positive integers.
    order_number: model.autoincrement(),
    cart_id: model.text(),
    purchaser_user_id: model.text().nullable(),
    default_address_id: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_number"], unique: true },
  ])

export default LeasingCart
