import { z } from "@medusajs/framework/zod"
import { LEASE_TERMS_MONTHS } from "../../../../../../modules/leasing/constants"
import { AcquisitionModeSchema, CurrencyCode, IsoCountry, KeyboardLayoutSchema } from "../../../../../utils/leasing-validators"

const Amount = z
  .number({ message: "amount must be a number" })
  .positive("amount must be greater than 0")
  .max(10_000_000, "amount is too large")

export const AdminLeasingPrice = z
  .object({
    acquisition_mode: AcquisitionModeSchema,
    currency_code: CurrencyCode,
    amount: Amount,
    keyboard_layout: KeyboardLayoutSchema.nullish(),
    delivery_country: IsoCountry.nullish(),
  })
  .strict()

export const AdminUpsertLeasingOffer = z
  .object({
    available_countries: z.array(IsoCountry).min(1, "at least one delivery country is required"),
    has_keyboard: z.boolean(),
    keyboard_layouts: z.array(KeyboardLayoutSchema).default([]),
    lease_term_months: z
      .number()
      .refine((n) => (LEASE_TERMS_MONTHS as readonly number[]).includes(n), { message: "must be 18, 24 or 36" })
      .default(36),
    leasable: z.boolean().default(true),
    purchasable: z.boolean().default(true),
    prices: z.array(AdminLeasingPrice).default([]),
  })
  .strict()
export type AdminUpsertLeasingOfferType = z.infer<typeof AdminUpsertLeasingOffer>
