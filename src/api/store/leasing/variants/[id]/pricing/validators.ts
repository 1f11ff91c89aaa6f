import { z } from "@medusajs/framework/zod"
import { AcquisitionModeSchema, CurrencyCode, IsoCountry, KeyboardLayoutSchema } from "../../../../../utils/leasing-validators"

export const StoreGetLeasingVariantPricing = z.object({
  delivery_country: IsoCountry,
  currency_code: CurrencyCode.optional(),
  acquisition_mode: AcquisitionModeSchema.default("LEASING"),
  keyboard_layout: KeyboardLayoutSchema.optional(),
})
export type StoreGetLeasingVariantPricingType = z.infer<typeof StoreGetLeasingVariantPricing>
