import { DeviceClientStatus } from "../../modules/leasing/device-constants"

/** The fields a company sets on a device it registers (`POST /devices`), user already resolved. */
export type DeviceFields = {
  name?: string
  type?: string
  category?: string
  serial_number?: string | null
  user_id?: string | null
  keyboard_layout?: string | null
  client_status?: DeviceClientStatus
  is_rented?: boolean
  rent?: number | null
  currency?: string | null
  rental_start_date?: Date | null
  rental_end_date?: Date | null
  purchase_price?: number | null
  contract_number?: string | null
}

/** A device as the API names things: the assignee by the company user's number or id. */
export type DeviceInput = Omit<DeviceFields, "user_id"> & { user_id?: string | number | null }

/** What checkout owns on an ordered device: the company may not change it. */
export const ORDER_OWNED_FIELDS = [
  "is_rented",
  "rent",
  "currency",
  "rental_start_date",
  "rental_end_date",
  "purchase_price",
  "contract_number",
  "type",
  "category",
] as const
