import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLeasingCatalogMiddlewares } from "./admin/leasing/middlewares"
import { leasingErrorHandler } from "./error-handler"
import { storeLeasingCatalogMiddlewares } from "./store/leasing/middlewares"

export default defineMiddlewares({
  routes: [...adminLeasingCatalogMiddlewares, ...storeLeasingCatalogMiddlewares],
  errorHandler: leasingErrorHandler(),
})
