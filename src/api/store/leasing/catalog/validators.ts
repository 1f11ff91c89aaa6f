import { z } from "@medusajs/framework/zod"
import { CurrencyCode, IsoCountry } from "../../../utils/leasing-validators"

/** The platform's category enum is upper-case words (COMPUTER, SMARTPHONE, PHONEBOOTH, ...). */
const Category = z.string().regex(/^[A-Z][A-Z0-9_]{0,49}$/, "must be a catalog category in upper case, e.g. COMPUTER")
/** A brand slug, e.g. apple or hewlett-packard. */
const BrandSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a brand slug in lower case, e.g. apple")
  .max(100, "must be at most 100 characters")
const Search = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, "must not be empty").max(100, "must be at most 100 characters"))
  .refine((s) => s.split(" ").length <= 8, { message: "search must be at most 8 words" })

export const StoreGetLeasingCatalogGroup = z.object({
  delivery_country: IsoCountry,
  currency_code: CurrencyCode.optional(),
})
export type StoreGetLeasingCatalogGroupType = z.infer<typeof StoreGetLeasingCatalogGroup>

export const StoreListLeasingCatalog = StoreGetLeasingCatalogGroup.extend({
  category: Category.optional(),
  brand: BrandSlug.optional(),
  search: Search.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  // PostgreSQL's OFFSET is a bigint, but no catalog comes near int4's range.
  offset: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
})
export type StoreListLeasingCatalogType = z.infer<typeof StoreListLeasingCatalog>
