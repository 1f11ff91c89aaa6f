import { model } from "@medusajs/framework/utils"
import { API_TOKEN_SCOPES } from "../constants"
import Company from "./company"

/**
 * A company's API token. The secret is shown once at creation; only its SHA-256 hash
 * and a short non-secret display form are stored.
 */
const ApiToken = model
  .define("leasing_api_token", {
    id: model.id({ prefix: "lapit" }).primaryKey(),
    label: model.text(),
    scope: model.enum([...API_TOKEN_SCOPES]),
    token_hash: model.text(),
    redacted: model.text(),
    created_by: model.text().nullable(),
    last_used_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    revoked_by: model.text().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "api_tokens" }),
  })
  .indexes([{ on: ["token_hash"], unique: true }])

export default ApiToken
