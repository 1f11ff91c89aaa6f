import { Module } from "@medusajs/framework/utils"
import CompanyModuleService from "./service"

// Not "company": a host app running Medusa's B2B starter already has a module of that name.
export const COMPANY_MODULE = "leasingCompany"

export default Module(COMPANY_MODULE, {
  service: CompanyModuleService,
})

export type { CompanyModuleOptions } from "./constants"
