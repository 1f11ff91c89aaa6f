import { z } from "@medusajs/framework/zod"
import { CurrencyCode, IsoCountry } from "../../../utils/leasing-validators"

export const StoreListLeasingCatalog = z.object({
  delivery_country: IsoCountry,
  currency_code: CurrencyCode.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListLeasingCatalogType = z.infer<typeof StoreListLeasingCatalog>
