import { COMPANY_ADDRESS_POSTAL_FIELDS } from "../../../../modules/company/constants"

// `allowed` equals the defaults: a `fields` query may narrow what is shown, never widen it
// (a token's hash is never shown, nor its secret, which is not even stored).
const config = (fields: string[]) => ({ defaults: fields, allowed: fields, isList: true })

export const adminCompanyFields = [
  "id",
  "number",
  "name",
  "email",
  "phone",
  "country_code",
  "metadata",
  "created_at",
  "updated_at",
]
export const adminCompanyUserFields = [
  "id",
  "number",
  "company_id",
  "first_name",
  "last_name",
  "email",
  "role",
  "customer_id",
  "created_at",
  "updated_at",
]
export const adminCompanyAddressFields = [
  "id",
  "number",
  "company_id",
  "label",
  ...COMPANY_ADDRESS_POSTAL_FIELDS,
  "is_default",
  "created_at",
  "updated_at",
]
export const adminApiTokenFields = [
  "id",
  "company_id",
  "label",
  "scope",
  "redacted",
  "created_by",
  "last_used_at",
  "revoked_at",
  "revoked_by",
  "created_at",
]

export const listAdminCompaniesQueryConfig = config(adminCompanyFields)
export const listAdminCompanyUsersQueryConfig = config(adminCompanyUserFields)
export const listAdminCompanyAddressesQueryConfig = config(adminCompanyAddressFields)
export const listAdminApiTokensQueryConfig = config(adminApiTokenFields)
