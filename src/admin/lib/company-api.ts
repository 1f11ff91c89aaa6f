import { leasingFetch } from "./leasing-api"

export type Company = {
  id: string
  number: number
  name: string
  email: string | null
  phone: string | null
  country_code: string | null
  created_at: string
}
export type CompanyUser = {
  id: string
  number: number
  first_name: string
  last_name: string
  email: string
  role: "ADMIN" | "EMPLOYEE"
  customer_id: string | null
}
export type CompanyAddress = {
  id: string
  number: number
  label: string | null
  company: string | null
  address_1: string
  city: string
  postal_code: string | null
  country_code: string
  is_default: boolean
}
export type ApiToken = {
  id: string
  label: string
  scope: "READ" | "WRITE"
  redacted: string
  last_used_at: string | null
  revoked_at: string | null
  created_at: string
}

const base = (companyId: string) => `/admin/leasing/companies/${companyId}`

/** Admin routes of the company module; the admin's session cookie authenticates. */
export const companyApi = {
  list: () => leasingFetch<{ companies: Company[]; count: number }>("/admin/leasing/companies?limit=100"),
  create: (body: Record<string, string>) =>
    leasingFetch<{ company: Company }>("/admin/leasing/companies", { method: "POST", body }),
  retrieve: (id: string) => leasingFetch<{ company: Company }>(base(id)),
  users: (id: string) => leasingFetch<{ users: CompanyUser[] }>(`${base(id)}/users?limit=100`),
  addUser: (id: string, body: Record<string, string>) =>
    leasingFetch<{ user: CompanyUser }>(`${base(id)}/users`, { method: "POST", body }),
  addresses: (id: string) => leasingFetch<{ addresses: CompanyAddress[] }>(`${base(id)}/addresses?limit=100`),
  addAddress: (id: string, body: Record<string, string>) =>
    leasingFetch<{ address: CompanyAddress }>(`${base(id)}/addresses`, { method: "POST", body }),
  setDefaultAddress: (id: string, addressId: string) =>
    leasingFetch(`${base(id)}/addresses/${addressId}/default`, { method: "POST", body: {} }),
  tokens: (id: string) => leasingFetch<{ api_tokens: ApiToken[] }>(`${base(id)}/api-tokens?limit=100`),
  issueToken: (id: string, body: Record<string, string>) =>
    leasingFetch<{ api_token: ApiToken; secret: string }>(`${base(id)}/api-tokens`, { method: "POST", body }),
  revokeToken: (id: string, tokenId: string) =>
    leasingFetch(`${base(id)}/api-tokens/${tokenId}/revoke`, { method: "POST", body: {} }),
}

/** Drops empty optional fields, so the API sees "absent" rather than "". */
export function compact(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ""))
}
