import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export const leasingService = (container: MedusaContainer) => container.resolve<LeasingModuleService>(LEASING_MODULE)
