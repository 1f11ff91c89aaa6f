import { model } from "@medusajs/framework/utils"
import { COMPANY_USER_ROLES } from "../constants"
import Company from "./company"

/** An employee of a company: a purchaser, signatory or device assignee. */
const CompanyUser = model
  .define("leasing_company_user", {
    id: model.id({ prefix: "lcusr" }).primaryKey(),
    number: model.autoincrement(),
    // Optional: the leasing platform creates a user from an email alone.
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    // Stored lower-case; unique within the company only, so a conflict never reveals
    // that an address is known to another company.
    email: model.text(),
    role: model.enum([...COMPANY_USER_ROLES]).default("EMPLOYEE"),
    // The Medusa customer who signs in to the storefront as this user, if any.
    customer_id: model.text().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "users" }),
  })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["company_id", "email"], unique: true },
    { on: ["customer_id"], unique: true, where: "customer_id IS NOT NULL AND deleted_at IS NULL" },
  ])

export default CompanyUser
