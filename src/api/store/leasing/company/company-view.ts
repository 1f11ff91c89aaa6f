import { COMPANY_ADDRESS_POSTAL_FIELDS } from "../../../../modules/company/constants"

// What the store routes show of each record: the platform's integer alias beside Medusa's id,
// never internal links (customer_id) or anything of another company.
const pick = <T extends object>(record: T, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, (record as Record<string, unknown>)[key] ?? null]))

export const STORE_COMPANY_FIELDS = ["id", "number", "name", "email", "phone", "country_code", "created_at"] as const
export const STORE_USER_FIELDS = [
  "id",
  "number",
  "company_id",
  "first_name",
  "last_name",
  "email",
  "role",
  "created_at",
] as const
export const STORE_ADDRESS_FIELDS = [
  "id",
  "number",
  "company_id",
  "label",
  ...COMPANY_ADDRESS_POSTAL_FIELDS,
  "is_default",
  "created_at",
] as const

export const companyView = (company: object) => pick(company, STORE_COMPANY_FIELDS)
export const userView = (user: object) => pick(user, STORE_USER_FIELDS)
export const addressView = (address: object) => pick(address, STORE_ADDRESS_FIELDS)
