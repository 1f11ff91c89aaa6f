import { model } from "@medusajs/framework/utils"
import { ACQUISITION_MODES, KEYBOARD_LAYOUTS } from "../constants"

/**
 * The leasing data of one device in a cart, beside its Medusa line item (one device, one
 * line, quantity 1): how it is acquired, with which keyboard, where it goes and for whom.
 */
const LeasingCartLine = model
  .define("leasing_cart_line", {
    id: model.id({ prefix: "lcline" }).primaryKey(),
    // The device's integer id in the platform's responses.
    device_number: model.autoincrement(),
    cart_id: model.text(),
    line_item_id: model.text(),
    variant_id: model.text(),
    catalog_number: model.number(),
    acquisition_mode: model.enum([...ACQUISITION_MODES]),
    keyboard_layout: model.enum([...KEYBOARD_LAYOUTS]).nullable(),
    delivery_country: model.text(),
    assignee_user_id: model.text().nullable(),
    shipping_address_id: model.text().nullable(),
    lease_term_months: model.number().nullable(),
    // Position of the device in the request that wrote it, so responses keep the caller's order.
    rank: model.number().default(0),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["cart_id"], where: "deleted_at IS NULL" },
    { on: ["device_number"], unique: true },
  ])

export default LeasingCartLine
