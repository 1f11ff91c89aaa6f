import { defineMiddlewares } from "@medusajs/framework/http"
import { leasingErrorHandler } from "./error-handler"
import { leasingRoutes } from "./leasing-routes"
import { requestGuardMiddlewares } from "./request-guard/middlewares"

export default defineMiddlewares({
  // The request guard first (it refuses what no route can serve); then each route's list.
  routes: [...requestGuardMiddlewares, ...leasingRoutes],
  errorHandler: leasingErrorHandler(),
})
