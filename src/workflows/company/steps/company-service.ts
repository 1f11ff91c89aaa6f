import { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const companyService = (container: MedusaContainer) => container.resolve<CompanyModuleService>(COMPANY_MODULE)

/** The fields an update is about to change, with their current values: an update's compensation input. */
export function previousValues(id: string, before: object, changes: object): { id: string } & Record<string, unknown> {
  return {
    id,
    ...Object.fromEntries(Object.keys(changes).map((key) => [key, (before as Record<string, unknown>)[key]])),
  }
}
