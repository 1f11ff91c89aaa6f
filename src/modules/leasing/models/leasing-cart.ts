import { model } from "@medusajs/framework/utils"

/**
 * What the leasing platform knows about a Medusa cart: the company that owns it, its integer
 * order id, its purchaser, the saved company address its devices ship to by default, the order
 * of its devices, and the device update under way, if any.
 *
 * The devices themselves are the cart's line items: each carries its leasing data in
 * `metadata.leasing`, written by the Cart module in the same insert as the line, so a device can
 * never exist half-written (see `utils/leasing-line-data.ts`).
 */
const LeasingCart = model
  .define("leasing_cart", {
    id: model.id({ prefix: "lcart" }).primaryKey(),
    // The platform names carts ("orders") by positive integers.
    order_number: model.autoincrement(),
    cart_id: model.text(),
    company_id: model.text(),
    purchaser_user_id: model.text().nullable(),
    default_address_id: model.text().nullable(),
    // Line item ids of the devices in the order the caller last sent them.
    device_order: model.array().nullable(),
    // Set before an update's first device write and cleared by its last write: a cart that
    // still has it after the update ended was interrupted and is repaired (finished or undone).
    pending_update: model.json().nullable(),
    // Set by checkout: the user who signs the lease contracts (the purchaser by default), and
    // the Medusa order the cart became.
    signatory_user_id: model.text().nullable(),
    order_id: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_number"], unique: true },
    { on: ["company_id"], where: "deleted_at IS NULL" },
  ])

export default LeasingCart
