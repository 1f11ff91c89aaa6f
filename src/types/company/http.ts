import type { ApiTokenScope, CompanyUserRole } from "../../modules/company/constants"

/**
 * The admin API's shapes for companies, their users, addresses and API tokens: what
 * `/admin/leasing/companies/**` answers and accepts. The routes type their responses with
 * these and the admin's hooks read them, so the two cannot drift apart.
 */

export type AdminLeasingCompany = {
  id: string
  number: number
  name: string
  email: string | null
  phone: string | null
  country_code: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}

export type AdminLeasingCompanyUser = {
  id: string
  number: number
  company_id: string
  first_name: string | null
  last_name: string | null
  email: string
  role: CompanyUserRole
  customer_id: string | null
  created_at: string
  updated_at: string
}

export type AdminLeasingCompanyAddress = {
  id: string
  number: number
  company_id: string
  label: string | null
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string
  address_2: string | null
  city: string
  postal_code: string | null
  province: string | null
  country_code: string
  phone: string | null
  is_default: boolean
  created_at: string
  updated_at: string
}

/** A token as the admin sees it: its redacted form, never its hash or secret. */
export type AdminLeasingApiToken = {
  id: string
  company_id: string
  label: string
  scope: ApiTokenScope
  redacted: string
  created_by: string | null
  last_used_at: string | null
  revoked_at: string | null
  revoked_by: string | null
  created_at: string
}

/** Medusa's admin list shape. */
export type AdminLeasingPage = { count: number; limit: number; offset: number }

export type AdminLeasingCompanyListResponse = AdminLeasingPage & { companies: AdminLeasingCompany[] }
export type AdminLeasingCompanyResponse = { company: AdminLeasingCompany }
export type AdminLeasingCompanyUserListResponse = AdminLeasingPage & { users: AdminLeasingCompanyUser[] }
export type AdminLeasingCompanyUserResponse = { user: AdminLeasingCompanyUser }
export type AdminLeasingCompanyAddressListResponse = AdminLeasingPage & { addresses: AdminLeasingCompanyAddress[] }
export type AdminLeasingCompanyAddressResponse = { address: AdminLeasingCompanyAddress }
export type AdminLeasingApiTokenListResponse = AdminLeasingPage & { api_tokens: AdminLeasingApiToken[] }
export type AdminLeasingApiTokenResponse = { api_token: AdminLeasingApiToken }
/** The only response that ever carries a token's secret. */
export type AdminLeasingIssuedApiTokenResponse = AdminLeasingApiTokenResponse & { secret: string }
export type AdminLeasingDeleteResponse<TObject extends string> = { id: string; object: TObject; deleted: true }

/** `q` searches names and emails; `order` is a field, `-field` for descending. */
export type AdminLeasingCompanyListParams = { q?: string; limit?: number; offset?: number; order?: string }
export type AdminLeasingListParams = { limit?: number; offset?: number; order?: string }

export type AdminCreateLeasingCompany = {
  name: string
  email?: string | null
  phone?: string | null
  country_code?: string | null
  metadata?: Record<string, unknown> | null
}
export type AdminUpdateLeasingCompany = Partial<AdminCreateLeasingCompany>

export type AdminCreateLeasingCompanyUser = {
  first_name: string
  last_name: string
  email: string
  role?: CompanyUserRole
  customer_id?: string | null
}
export type AdminUpdateLeasingCompanyUser = Partial<AdminCreateLeasingCompanyUser>

export type AdminLeasingCompanyAddressFields = {
  label?: string | null
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1: string
  address_2?: string | null
  city: string
  postal_code?: string | null
  province?: string | null
  country_code: string
  phone?: string | null
}
export type AdminCreateLeasingCompanyAddress = AdminLeasingCompanyAddressFields & { is_default?: boolean }
/** The default moves through its own route (`…/addresses/:id/default`), not through an update. */
export type AdminUpdateLeasingCompanyAddress = Partial<AdminLeasingCompanyAddressFields>

export type AdminCreateLeasingApiToken = { label: string; scope: ApiTokenScope }
