import { z } from "@medusajs/framework/zod"
import { IsoCountry } from "./leasing-validators"

/** Body fields shared by the admin and store routes that save a company address. */
export const requiredText = z.string().trim().min(1).max(200)
const optionalText = requiredText.nullish()

export const CompanyAddressBody = z
  .object({
    label: optionalText,
    first_name: optionalText,
    last_name: optionalText,
    company: optionalText,
    address_1: requiredText,
    address_2: optionalText,
    city: requiredText,
    postal_code: optionalText,
    province: optionalText,
    country_code: IsoCountry,
    phone: optionalText,
    is_default: z.boolean().optional(),
  })
  .strict()
export type CompanyAddressBodyType = z.infer<typeof CompanyAddressBody>
