import { model } from "@medusajs/framework/utils"
import { LEASE_CONTRACT_STATUSES } from "../constants"

/**
 * One lease of one device: created when a leasing cart becomes an order, for each leased
 * device (bought devices have none). It names the order line it came from, the company, the
 * device's assignee and address, the term and the monthly rent fixed at checkout. The contract
 * starts when the device is delivered: `starts_at` is the delivery date and `ends_at` is
 * `starts_at` plus the term; until then both are null.
 */
const LeaseContract = model
  .define("lease_contract", {
    id: model.id({ prefix: "lcon" }).primaryKey(),
    // Stable positive integer alias, the platform's contract number.
    contract_number: model.autoincrement(),
    order_id: model.text(),
    order_item_id: model.text(),
    cart_id: model.text(),
    company_id: model.text(),
    device_number: model.number(),
    catalog_number: model.number(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    device_name: model.text(),
    keyboard_layout: model.text().nullable(),
    delivery_country: model.text(),
    assignee_user_id: model.text().nullable(),
    shipping_address_id: model.text().nullable(),
    signatory_user_id: model.text().nullable(),
    lease_term_months: model.number(),
    monthly_rent: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...LEASE_CONTRACT_STATUSES]).default("PENDING_DELIVERY"),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    // End of lease (docs/lease-lifecycle.md): how it runs on past its end, where the device comes
    // back, when it ended, what an early return owes, and when "ending soon" was announced.
    extension_mode: model.enum(["MONTH_TO_MONTH", "NEW_TERM"]).nullable(),
    return_address: model.json().nullable(),
    return_date: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
    early_return_fee: model.bigNumber().nullable(),
    ending_soon_notified_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["contract_number"], unique: true },
    // One contract per order line: a retried or repaired checkout can never create a second.
    { on: ["order_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["company_id", "status"], where: "deleted_at IS NULL" },
    { on: ["ends_at"], where: "deleted_at IS NULL" },
  ])

export default LeaseContract
