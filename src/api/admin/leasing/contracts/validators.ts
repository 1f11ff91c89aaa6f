import { z } from "@medusajs/framework/zod"
import { AdminCompanyIdFilter, AdminListPage } from "../validators"
import { LEASE_CONTRACT_STATUSES } from "../../../../modules/leasing/constants"

const Status = z.enum(LEASE_CONTRACT_STATUSES, { message: `must be one of ${LEASE_CONTRACT_STATUSES.join(", ")}` })
// `?status=ACTIVE&status=PENDING_DELIVERY` arrives as an array, `?status=ACTIVE,ENDED` as one string.
const Statuses = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").map((s) => s.trim()) : value),
  z.array(Status).min(1).max(LEASE_CONTRACT_STATUSES.length)
)

export const AdminListLeaseContracts = z.object({
  company_id: AdminCompanyIdFilter.optional(),
  order_id: z
    .string()
    .regex(/^order_[0-9A-Za-z]+$/, "order_id must be an order id")
    .optional(),
  status: Statuses.optional(),
  ending_within_days: z.coerce.number().int().min(0).max(3650).optional(),
  ...AdminListPage.shape,
})
export type AdminListLeaseContractsType = z.infer<typeof AdminListLeaseContracts>

// A minute of tolerance for the clock of the admin's machine.
const CLOCK_SKEW_MS = 60_000

export const AdminDeliverLeaseContract = z.object({
  delivered_at: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      message: "delivered_at must be an ISO 8601 date (2026-11-20) or date-time (2026-11-20T09:30:00Z)",
    })
    .refine((value) => new Date(value).getTime() <= Date.now() + CLOCK_SKEW_MS, {
      message: "delivered_at cannot be in the future",
    })
    .optional(),
})
export type AdminDeliverLeaseContractType = z.infer<typeof AdminDeliverLeaseContract>
