import { z } from "@medusajs/framework/zod"
import { ACQUISITION_MODES, KEYBOARD_LAYOUTS } from "../../modules/leasing/constants"
import { isIsoAlpha2 } from "../../utils/iso-country"

/** An ISO 3166-1 alpha-2 code, normalised to upper case. */
export const IsoCountry = z
  .string()
  .refine((c) => /^[A-Za-z]{2}$/.test(c) && isIsoAlpha2(c), {
    message: "must be an ISO 3166-1 alpha-2 country code, e.g. FR",
  })
  .transform((c) => c.toUpperCase())
  // What the refine checks, for the OpenAPI document (src/openapi/from-validators.ts).
  .meta({
    pattern: "^[A-Za-z]{2}$",
    description: "ISO 3166-1 alpha-2 code, e.g. FR (answers use upper case).",
    example: "FR",
  })

/** An ISO 4217 currency code, normalised to lower case as Medusa stores it. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 currency code, e.g. eur")
  .transform((c) => c.toLowerCase())

export const KeyboardLayoutSchema = z.enum(KEYBOARD_LAYOUTS, {
  message: `must be one of ${KEYBOARD_LAYOUTS.join(", ")}`,
})
export const AcquisitionModeSchema = z.enum(ACQUISITION_MODES, { message: "must be LEASING or BUY" })
