import { z } from "@medusajs/framework/zod"
import { COMPANY_USER_ROLES } from "../../../../modules/company/constants"
import { requiredText } from "../../../utils/company-schemas"
import { PlatformListQuery } from "../../../utils/platform-validation"

export { CompanyAddressBody, type CompanyAddressBodyType } from "../../../utils/company-schemas"

export const StoreListCompanyUsers = PlatformListQuery.extend({ role: z.enum(COMPANY_USER_ROLES).optional() }).strict()
export type StoreListCompanyUsersType = z.infer<typeof StoreListCompanyUsers>

export const StoreListCompanyAddresses = PlatformListQuery
export type StoreListCompanyAddressesType = z.infer<typeof StoreListCompanyAddresses>

// No company_id and no customer_id: the company is the caller's, and linking a storefront
// login to a user is an admin's decision.
export const StoreCreateCompanyUser = z
  .object({
    first_name: requiredText,
    last_name: requiredText,
    email: z.string().trim().email().max(320),
    role: z.enum(COMPANY_USER_ROLES).default("EMPLOYEE"),
  })
  .strict()
export type StoreCreateCompanyUserType = z.infer<typeof StoreCreateCompanyUser>
