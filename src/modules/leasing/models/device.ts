import { model } from "@medusajs/framework/utils"
import { DEVICE_CLIENT_STATUSES, DEVICE_SOURCES } from "../device-constants"

/**
 * One device of a company's fleet, the leasing platform's `device`: written by checkout for
 * every ordered device (leased or bought; linked to its order line and, when leased, its lease
 * contract) and by the company for equipment it already had (`POST /devices`). Its
 * `client_status` follows the order (IN_PREPARATION, SHIPPED, DELIVERED, IN_SERVICE, ARCHIVED
 * when the order is cancelled) until the device is delivered; then the company sets it, until its
 * lease ends (bought out: owned IN_SERVICE; returned: ARCHIVED, see utils/contract-device-state).
 */
const Device = model
  .define("leasing_device", {
    id: model.id({ prefix: "ldev" }).primaryKey(),
    // The platform's integer device id, from the sequence cart devices take theirs from: an
    // ordered device keeps the id it had in the cart; a registered one reserves a new one.
    number: model.number(),
    company_id: model.text(),
    user_id: model.text().nullable(),
    source: model.enum([...DEVICE_SOURCES]),
    name: model.text(),
    type: model.text(),
    category: model.text(),
    serial_number: model.text().nullable(),
    keyboard_layout: model.text().nullable(),
    client_status: model.enum([...DEVICE_CLIENT_STATUSES]),
    is_rented: model.boolean().default(false),
    rent: model.float().nullable(),
    currency: model.text().nullable(),
    rental_start_date: model.dateTime().nullable(),
    rental_end_date: model.dateTime().nullable(),
    purchase_price: model.float().nullable(),
    contract_number: model.text().nullable(),
    // Ordered devices: where they come from.
    order_id: model.text().nullable(),
    order_item_id: model.text().nullable(),
    lease_contract_id: model.text().nullable(),
    catalog_number: model.number().nullable(),
    variant_id: model.text().nullable(),
  })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["company_id", "client_status"], where: "deleted_at IS NULL" },
    { on: ["company_id", "user_id"], where: "deleted_at IS NULL" },
    // One device per order line: a retried or repaired checkout never writes a second.
    { on: ["order_item_id"], unique: true, where: "deleted_at IS NULL AND order_item_id IS NOT NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
  ])

export default Device
