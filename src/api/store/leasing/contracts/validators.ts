import { z } from "@medusajs/framework/zod"
import { LEASE_EXTENSION_MODES } from "../../../../modules/leasing/constants"

const isoDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  message: "must be an ISO 8601 date (2027-01-15) or date-time (2027-01-15T09:30:00Z)",
})

export const StoreAcceptBuyback = z
  .object({ quote_id: z.string().regex(/^lbq_[0-9A-Za-z]+$/, "quote_id must be a buyback quote id") })
  .strict()
export type StoreAcceptBuybackType = z.infer<typeof StoreAcceptBuyback>

const text = (max: number) => z.string().trim().min(1).max(max)
export const ReturnAddressSchema = z
  .object({
    address_1: text(200),
    address_2: text(200).nullish(),
    postal_code: text(20).nullish(),
    city: text(100),
    country_code: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "country_code must be an ISO 3166-1 alpha-2 code")
      .transform((c) => c.toUpperCase()),
    company: text(200).nullish(),
    contact_name: text(200).nullish(),
    phone: text(40).nullish(),
  })
  .strict()

// A minute of tolerance for the client's clock.
const notPast = (value: string) =>
  new Date(value).getTime() >= new Date(new Date().toISOString().slice(0, 10)).getTime() - 60_000

export const StoreRequestReturn = z
  .object({
    address: ReturnAddressSchema,
    return_date: isoDate.refine(notPast, { message: "return_date cannot be in the past" }),
  })
  .strict()
export type StoreRequestReturnType = z.infer<typeof StoreRequestReturn>

export const StoreExtendContract = z
  .object({
    mode: z.enum(LEASE_EXTENSION_MODES, { message: `mode must be one of ${LEASE_EXTENSION_MODES.join(", ")}` }),
    months: z.number().int().min(1).max(60).optional(),
  })
  .strict()
  .refine((body) => (body.mode === "NEW_TERM") === (body.months !== undefined), {
    message: "months is required for a NEW_TERM extension and not allowed for MONTH_TO_MONTH",
  })
export type StoreExtendContractType = z.infer<typeof StoreExtendContract>
