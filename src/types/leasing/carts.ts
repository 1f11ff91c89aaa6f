/** One open leasing cart in the admin's list: what a sales rep checks before calling a client. */
export type AdminLeasingCartListItem = {
  /** The Medusa cart id. */
  id: string
  order_number: number
  company: { id: string; name: string | null }
  num_devices: number
  leased: number
  bought: number
  /** Decimal strings in the cart's currency. */
  monthly_rent: string
  one_time_total: string
  currency_code: string
  updated_at: string
}

export type AdminLeasingCartListParams = { company_id?: string; limit?: number; offset?: number }

export type AdminLeasingCartListResponse = {
  carts: AdminLeasingCartListItem[]
  count: number
  limit: number
  offset: number
}
