import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { API_TOKEN_SCOPES, COMPANY_USER_ROLES } from "../../../../modules/company/constants"
import { CompanyAddressBody, requiredText as text } from "../../../utils/company-schemas"
import { IsoCountry } from "../../../utils/leasing-validators"

// `order` (from createFindParams) sorts by any listed field, `-field` descending; others are a 400.
export const AdminListCompanies = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().trim().max(200).optional(),
})
export type AdminListCompaniesType = z.infer<typeof AdminListCompanies>
export const AdminListCompanyRecords = createFindParams({ limit: 50, offset: 0 })
export type AdminListCompanyRecordsType = z.infer<typeof AdminListCompanyRecords>

export const AdminCreateCompany = z.object({
  name: text,
  email: z.string().trim().email().nullish(),
  phone: text.nullish(),
  country_code: IsoCountry.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})
export type AdminCreateCompanyType = z.infer<typeof AdminCreateCompany>
export const AdminUpdateCompany = AdminCreateCompany.partial()
export type AdminUpdateCompanyType = z.infer<typeof AdminUpdateCompany>

const companyUserFields = {
  first_name: text,
  last_name: text,
  email: z.string().trim().email().max(320),
  role: z.enum(COMPANY_USER_ROLES),
  // The storefront customer who acts as this user when signed in.
  customer_id: z.string().nullish(),
}
export const AdminCreateCompanyUser = z.object({
  ...companyUserFields,
  role: companyUserFields.role.default("EMPLOYEE"),
})
export type AdminCreateCompanyUserType = z.infer<typeof AdminCreateCompanyUser>
// Built without the create schema's default: zod 4 applies a default even under .partial(),
// which would silently demote an ADMIN on any update that leaves out the role.
export const AdminUpdateCompanyUser = z.object(companyUserFields).partial()
export type AdminUpdateCompanyUserType = z.infer<typeof AdminUpdateCompanyUser>

export const AdminCreateCompanyAddress = CompanyAddressBody
export type AdminCreateCompanyAddressType = z.infer<typeof AdminCreateCompanyAddress>
// The default moves through POST …/addresses/:address_id/default, so an update cannot touch it.
export const AdminUpdateCompanyAddress = CompanyAddressBody.omit({ is_default: true }).partial().strict()
export type AdminUpdateCompanyAddressType = z.infer<typeof AdminUpdateCompanyAddress>

export const AdminCreateApiToken = z.object({ label: text, scope: z.enum(API_TOKEN_SCOPES) })
export type AdminCreateApiTokenType = z.infer<typeof AdminCreateApiToken>
