import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLeasingOfferMiddlewares } from "./admin/leasing/offers/middlewares"

export default defineMiddlewares({
  routes: [...adminLeasingOfferMiddlewares],
})
