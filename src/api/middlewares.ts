import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLeasingCompanyMiddlewares } from "./admin/leasing/companies/middlewares"
import { adminLeasingCatalogMiddlewares } from "./admin/leasing/middlewares"
import { leasingErrorHandler } from "./error-handler"
import { storeLeasingCompanyMiddlewares } from "./store/leasing/company/middlewares"
import { storeLeasingCartMiddlewares } from "./store/carts/middlewares"
import { storeLeasingCartViewMiddlewares } from "./store/leasing/carts/middlewares"
import { storeLeasingCatalogMiddlewares } from "./store/leasing/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminLeasingCatalogMiddlewares,
    ...storeLeasingCatalogMiddlewares,
    ...adminLeasingCompanyMiddlewares,
    ...storeLeasingCompanyMiddlewares,
    ...storeLeasingCartMiddlewares,
    ...storeLeasingCartViewMiddlewares,
  ],
  errorHandler: leasingErrorHandler(),
})
