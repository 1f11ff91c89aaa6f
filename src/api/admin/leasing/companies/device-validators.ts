import { z } from "@medusajs/framework/zod"
import { DEVICE_CLIENT_STATUSES } from "../../../../modules/leasing/device-constants"

/** `GET /admin/leasing/companies/:id/devices`: a page of the company's fleet, by status or words. */
export const AdminListCompanyDevices = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    q: z.string().trim().min(1).max(100).optional(),
    client_status: z.enum(DEVICE_CLIENT_STATUSES).optional(),
  })
  .strict()
export type AdminListCompanyDevicesType = z.infer<typeof AdminListCompanyDevices>

/** What staff edit on a device (the company's own rules apply: see the update workflow). */
export const AdminUpdateCompanyDevice = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    serial_number: z.string().max(200).nullish(),
    user_id: z
      .string()
      .regex(/^[a-z]+_[0-9A-Za-z]+$/, "must be a company user id")
      .nullish(),
    client_status: z.enum(DEVICE_CLIENT_STATUSES).optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "Send at least one field to change" })
export type AdminUpdateCompanyDeviceType = z.infer<typeof AdminUpdateCompanyDevice>
