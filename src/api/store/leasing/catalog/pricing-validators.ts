import { z } from "@medusajs/framework/zod"
import {
  AcquisitionModeSchema,
  CurrencyCode,
  IsoCountry,
  KeyboardLayoutSchema,
} from "../../../utils/leasing-validators"

export const StoreGetLeasingVariantPricing = z.object({
  delivery_country: IsoCountry,
  // Fleet's name (ISO 4217); `currency_code` is Medusa's. Either; default: the country's region currency.
  currency: CurrencyCode.optional(),
  currency_code: CurrencyCode.optional(),
  acquisition_mode: AcquisitionModeSchema.default("LEASING"),
  keyboard_layout: KeyboardLayoutSchema.optional(),
  // A query string: checked against the offer's terms by the catalog rules (LEASE_TERM_NOT_OFFERED).
  lease_term_months: z.coerce
    .number({ message: "lease_term_months must be a number of months" })
    .int("lease_term_months must be an integer")
    .optional(),
})
export type StoreGetLeasingVariantPricingType = z.infer<typeof StoreGetLeasingVariantPricing>
