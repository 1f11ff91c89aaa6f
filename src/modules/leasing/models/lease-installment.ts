import { model } from "@medusajs/framework/utils"
import { LEASE_INSTALLMENT_STATUSES } from "../constants"

/**
 * One month's rent of a lease contract, written when the contract starts (one per month of its
 * term; a month-to-month extension adds one a month). The money itself stays with the host's
 * payment or financing provider: this is the schedule and what staff recorded about it.
 */
const LeaseInstallment = model
  .define("lease_installment", {
    id: model.id({ prefix: "linst" }).primaryKey(),
    contract_id: model.text(),
    company_id: model.text(),
    /** 1 for the first month; continues through extensions. */
    sequence: model.number(),
    /** Contract start + (sequence - 1) calendar months, clamped to the month's last day. */
    due_date: model.dateTime(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...LEASE_INSTALLMENT_STATUSES]).default("SCHEDULED"),
    invoice_number: model.text().nullable(),
    invoiced_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    payment_reference: model.text().nullable(),
  })
  .indexes([
    { on: ["contract_id", "sequence"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "due_date"], where: "deleted_at IS NULL" },
    { on: ["company_id"], where: "deleted_at IS NULL" },
  ])

export default LeaseInstallment
