import { z } from "@medusajs/framework/zod"
import { COMPANY_USER_ROLES } from "../../../../modules/company/constants"
import { requiredText } from "../../../utils/company-schemas"
import { PlatformListQuery } from "../../../utils/platform-validation"

export const StoreListCompanyUsers = PlatformListQuery.extend({ role: z.enum(COMPANY_USER_ROLES).optional() }).strict()
export type StoreListCompanyUsersType = z.infer<typeof StoreListCompanyUsers>

const email = z.string().trim().email().max(320)

// No company_id and no customer_id: the company is the caller's, and linking a storefront
// login to a user is an admin's decision. As the leasing platform: only the email is required.
export const StoreCreateCompanyUser = z
  .object({
    first_name: requiredText.nullish(),
    last_name: requiredText.nullish(),
    email,
    role: z.enum(COMPANY_USER_ROLES).default("EMPLOYEE"),
  })
  .strict()
export type StoreCreateCompanyUserType = z.infer<typeof StoreCreateCompanyUser>

/** PATCH /users/:id: profile fields and role; `null` clears an optional field (the names). */
export const StoreUpdateCompanyUser = z
  .object({
    first_name: requiredText.nullable().optional(),
    last_name: requiredText.nullable().optional(),
    email: email.optional(),
    role: z.enum(COMPANY_USER_ROLES).optional(),
  })
  .strict()
export type StoreUpdateCompanyUserType = z.infer<typeof StoreUpdateCompanyUser>
