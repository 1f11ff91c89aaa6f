import { Module } from "@medusajs/framework/utils"
import LeasingModuleService from "./service"

export const LEASING_MODULE = "leasing"

export default Module(LEASING_MODULE, {
  service: LeasingModuleService,
})
