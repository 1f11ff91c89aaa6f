import { MedusaService } from "@medusajs/framework/utils"
import LeasingCart from "./models/leasing-cart"
import LeasingCartLine from "./models/leasing-cart-line"
import LeasingOffer from "./models/leasing-offer"

class LeasingModuleService extends MedusaService({ LeasingOffer, LeasingCart, LeasingCartLine }) {}

export default LeasingModuleService
