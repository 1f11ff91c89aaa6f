import { z } from "@medusajs/framework/zod"
import { COMPANY_USER_ROLES } from "../../../../modules/company/constants"
import { PlatformListQuery } from "../../../utils/platform-validation"

const text = z.string().trim().min(1).max(200)
const optionalText = text.nullish()
export const CountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
  .transform((c) => c.toUpperCase())

export const StoreListCompanyUsers = PlatformListQuery.extend({ role: z.enum(COMPANY_USER_ROLES).optional() }).strict()
export type StoreListCompanyUsersType = z.infer<typeof StoreListCompanyUsers>

export const StoreListCompanyAddresses = PlatformListQuery
export type StoreListCompanyAddressesType = z.infer<typeof StoreListCompanyAddresses>

// No company_id and no customer_id: the company is the caller's, and linking a storefront
// login to a user is an admin's decision.
export const StoreCreateCompanyUser = z
  .object({
    first_name: text,
    last_name: text,
    email: z.string().trim().email().max(320),
    role: z.enum(COMPANY_USER_ROLES).default("EMPLOYEE"),
  })
  .strict()
export type StoreCreateCompanyUserType = z.infer<typeof StoreCreateCompanyUser>

export const CompanyAddressBody = z
  .object({
    label: optionalText,
    first_name: optionalText,
    last_name: optionalText,
    company: optionalText,
    address_1: text,
    address_2: optionalText,
    city: text,
    postal_code: optionalText,
    province: optionalText,
    country_code: CountryCode,
    phone: optionalText,
    is_default: z.boolean().optional(),
  })
  .strict()
export type CompanyAddressBodyType = z.infer<typeof CompanyAddressBody>
