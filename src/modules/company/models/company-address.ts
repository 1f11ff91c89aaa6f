import { model } from "@medusajs/framework/utils"

/**
 * A saved delivery address of a company. Exactly one per company is the default.
 * `company` is the company-name line of the address (as on Medusa addresses), so the owner
 * is a plain `company_id` column rather than a relation, which would claim that name.
 */
const CompanyAddress = model
  .define("leasing_company_address", {
    id: model.id({ prefix: "lcadr" }).primaryKey(),
    number: model.autoincrement(),
    label: model.text().nullable(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    company: model.text().nullable(),
    address_1: model.text(),
    address_2: model.text().nullable(),
    city: model.text(),
    postal_code: model.text().nullable(),
    province: model.text().nullable(),
    // ISO 3166-1 alpha-2, upper-case.
    country_code: model.text(),
    phone: model.text().nullable(),
    is_default: model.boolean().default(false),
    company_id: model.text(),
  })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["company_id"] },
    // The database, not only the service, refuses a second default address.
    { name: "IDX_leasing_company_address_one_default", on: ["company_id"], unique: true, where: { is_default: true } },
  ])

export default CompanyAddress
