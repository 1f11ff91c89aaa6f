import { model } from "@medusajs/framework/utils"
import { BUYBACK_QUOTE_STATUSES } from "../constants"

/**
 * The price at which a company may buy its leased device now, valid until `expires_at`. Asking
 * again supersedes the open quote; accepting it ends the contract BOUGHT_OUT and opens a Medusa
 * payment collection for the amount.
 */
const LeaseBuybackQuote = model
  .define("lease_buyback_quote", {
    id: model.id({ prefix: "lbq" }).primaryKey(),
    contract_id: model.text(),
    company_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    /** The unpaid installments the price was computed from. */
    remaining_installments: model.number(),
    /** The rule that produced the price (factor, floor), for the record. */
    rule: model.json(),
    expires_at: model.dateTime(),
    status: model.enum([...BUYBACK_QUOTE_STATUSES]).default("OPEN"),
    accepted_at: model.dateTime().nullable(),
    payment_collection_id: model.text().nullable(),
  })
  .indexes([{ on: ["contract_id", "status"], where: "deleted_at IS NULL" }])

export default LeaseBuybackQuote
