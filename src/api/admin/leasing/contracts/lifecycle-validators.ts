import { z } from "@medusajs/framework/zod"
import { ReturnAddressSchema, StoreExtendContract } from "../../../store/leasing/contracts/validators"

// A minute of tolerance for the clock of the admin's machine.
const CLOCK_SKEW_MS = 60_000
const pastDate = (field: string) =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      message: `${field} must be an ISO 8601 date (2026-11-20) or date-time (2026-11-20T09:30:00Z)`,
    })
    .refine((value) => new Date(value).getTime() <= Date.now() + CLOCK_SKEW_MS, {
      message: `${field} cannot be in the future`,
    })

export const AdminRecordInvoice = z
  .object({ invoice_number: z.string().trim().min(1).max(100), invoiced_at: pastDate("invoiced_at").optional() })
  .strict()
export type AdminRecordInvoiceType = z.infer<typeof AdminRecordInvoice>

export const AdminRecordPayment = z
  .object({ paid_at: pastDate("paid_at").optional(), payment_reference: z.string().trim().min(1).max(200).nullish() })
  .strict()
export type AdminRecordPaymentType = z.infer<typeof AdminRecordPayment>

export const AdminReceiveReturn = z.object({ received_at: pastDate("received_at").optional() }).strict()
export type AdminReceiveReturnType = z.infer<typeof AdminReceiveReturn>

export const AdminRequestReturn = z
  .object({
    address: ReturnAddressSchema,
    return_date: z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
      message: "return_date must be an ISO 8601 date or date-time",
    }),
  })
  .strict()
export type AdminRequestReturnType = z.infer<typeof AdminRequestReturn>

export const AdminAcceptBuyback = z
  .object({ quote_id: z.string().regex(/^lbq_[0-9A-Za-z]+$/, "quote_id must be a buyback quote id") })
  .strict()
export type AdminAcceptBuybackType = z.infer<typeof AdminAcceptBuyback>

export const AdminExtendContract = StoreExtendContract
export type AdminExtendContractType = z.infer<typeof AdminExtendContract>
