import { model } from "@medusajs/framework/utils"
import CompanyUser from "./company-user"
import ApiToken from "./api-token"

/**
 * A client company of the leasing business. Every store call made for a company
 * (by one of its API tokens or by a customer linked to one of its users) is scoped to it.
 */
const Company = model
  .define("leasing_company", {
    id: model.id({ prefix: "lcomp" }).primaryKey(),
    // The leasing platform names companies, users and addresses by positive integers.
    number: model.autoincrement(),
    name: model.text().searchable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    country_code: model.text().nullable(),
    metadata: model.json().nullable(),
    users: model.hasMany(() => CompanyUser, { mappedBy: "company" }),
    // Tokens are not cascaded: a deleted company's token must still be recognised to answer
    // 404 COMPANY_NOT_FOUND rather than an anonymous 401.
    api_tokens: model.hasMany(() => ApiToken, { mappedBy: "company" }),
  })
  .cascades({ delete: ["users"] })
  .indexes([{ on: ["number"], unique: true }])

export default Company
