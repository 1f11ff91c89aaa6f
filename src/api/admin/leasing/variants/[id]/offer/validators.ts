import { z } from "@medusajs/framework/zod"
import { DEFAULT_LEASE_TERM_MONTHS, LEASE_TERMS_MONTHS } from "../../../../../../modules/leasing/constants"
import {
  AcquisitionModeSchema,
  CurrencyCode,
  IsoCountry,
  KeyboardLayoutSchema,
} from "../../../../../utils/leasing-validators"

const LeaseTerm = z
  .number({ message: "must be 18, 24 or 36" })
  .refine((n) => (LEASE_TERMS_MONTHS as readonly number[]).includes(n), { message: "must be 18, 24 or 36" })

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
    // LEASING only: the term this rent serves; omitted, the offer's default term.
    lease_term_months: LeaseTerm.nullish(),
  })
  .strict()

export const AdminUpsertLeasingOffer = z
  .object({
    available_countries: z.array(IsoCountry).min(1, "at least one delivery country is required"),
    has_keyboard: z.boolean(),
    keyboard_layouts: z.array(KeyboardLayoutSchema).default([]),
    // The default term; it must be one of lease_terms_months.
    lease_term_months: LeaseTerm.default(DEFAULT_LEASE_TERM_MONTHS),
    // Omitted: only the default term (what callers from before terms existed meant).
    lease_terms_months: z.array(LeaseTerm).min(1, "at least one lease term is required").optional(),
    leasable: z.boolean().default(true),
    purchasable: z.boolean().default(true),
    prices: z.array(AdminLeasingPrice).default([]),
  })
  .strict()
export type AdminUpsertLeasingOfferType = z.infer<typeof AdminUpsertLeasingOffer>
