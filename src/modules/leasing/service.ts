import { MedusaService } from "@medusajs/framework/utils"
import LeasingOffer from "./models/leasing-offer"

class LeasingModuleService extends MedusaService({ LeasingOffer }) {}

export default LeasingModuleService
