import { z } from "@medusajs/framework/zod"
import { PlatformListQuery } from "../../../utils/platform-validation"

export { CompanyAddressBody, type CompanyAddressBodyType } from "../../../utils/company-schemas"

export const StoreListCompanyAddresses = PlatformListQuery
export type StoreListCompanyAddressesType = z.infer<typeof StoreListCompanyAddresses>
