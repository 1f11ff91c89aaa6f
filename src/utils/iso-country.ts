import { defaultCountries } from "@medusajs/framework/utils"

const ISO_ALPHA2 = new Set(defaultCountries.map((c) => c.alpha2))

/** True for an ISO 3166-1 alpha-2 code (any case), e.g. "FR". */
export function isIsoAlpha2(code: string): boolean {
  return ISO_ALPHA2.has(code.toUpperCase())
}
