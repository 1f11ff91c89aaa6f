import { z } from "@medusajs/framework/zod"
import { DEVICE_CATEGORIES, DEVICE_CLIENT_STATUSES } from "../../../../modules/leasing/device-constants"
import { CurrencyCode, KeyboardLayoutSchema } from "../../../utils/leasing-validators"
import { PlatformListQuery } from "../../../utils/platform-validation"

const UserRef = z.union([
  z.number().int().positive(),
  z.string().regex(/^([1-9]\d*|[a-z]+_[0-9A-Za-z]+)$/, "must be a user id"),
])
const text = z.string().trim().min(1).max(200)
const money = z.number().nonnegative().max(1e9)
const date = z.coerce.date().meta({ type: "string", format: "date-time" })

const fields = {
  name: text,
  type: text,
  category: z.enum(DEVICE_CATEGORIES),
  // Checked by the workflow (INVALID_SERIAL_NUMBER), so the code is the platform's.
  serial_number: z.string().max(200).nullish(),
  user_id: UserRef.nullish(),
  keyboard_layout: KeyboardLayoutSchema.nullish(),
  client_status: z.enum(DEVICE_CLIENT_STATUSES).optional(),
  is_rented: z.boolean().optional(),
  rent: money.nullish(),
  currency: CurrencyCode.nullish(),
  rental_start_date: date.nullish(),
  rental_end_date: date.nullish(),
  purchase_price: money.nullish(),
  contract_number: text.nullish(),
}

export const RegisterDevices = z
  .object({ devices: z.array(z.object(fields).strict()).min(1, "devices needs at least one device").max(100) })
  .strict()
export type RegisterDevicesType = z.infer<typeof RegisterDevices>

export const UpdateDevice = z
  .object({ ...fields, name: text.optional(), type: text.optional(), category: z.enum(DEVICE_CATEGORIES).optional() })
  .strict()
export type UpdateDeviceType = z.infer<typeof UpdateDevice>

export const ListDevices = PlatformListQuery.extend({
  user_id: UserRef.optional(),
  client_status: z.enum(DEVICE_CLIENT_STATUSES).optional(),
  search: z.string().trim().min(1).max(100).optional(),
}).strict()
export type ListDevicesType = z.infer<typeof ListDevices>
