import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLeasingCompanyMiddlewares } from "./admin/leasing/companies/middlewares"
import { adminLeasingOfferMiddlewares } from "./admin/leasing/offers/middlewares"
import { storeLeasingCompanyMiddlewares } from "./store/leasing/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminLeasingOfferMiddlewares,
    ...adminLeasingCompanyMiddlewares,
    ...storeLeasingCompanyMiddlewares,
  ],
})
