import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLeasingCompanyMiddlewares } from "./admin/leasing/companies/middlewares"
import { adminLeasingCatalogMiddlewares } from "./admin/leasing/middlewares"
import { leasingErrorHandler } from "./error-handler"
import { requestGuardMiddlewares } from "./request-guard/middlewares"
import { storeLeasingCompanyMiddlewares } from "./store/leasing/company/middlewares"
import { storeLeasingCartMiddlewares } from "./store/carts/middlewares"
import { storeLeasingCartViewMiddlewares } from "./store/leasing/carts/middlewares"
import { storeLeasingContractMiddlewares } from "./store/leasing/contracts/middlewares"
import { storeLeasingCatalogMiddlewares } from "./store/leasing/middlewares"
import { storeLeasingOrderMiddlewares } from "./store/leasing/orders/middlewares"
import { storeCompanyOrderMiddlewares } from "./store/orders/middlewares"
import { storeLeasingUserMiddlewares } from "./store/leasing/users/middlewares"
import { storeLeasingDeviceMiddlewares } from "./store/leasing/devices/middlewares"
import { storeLeasingWebhookMiddlewares } from "./store/leasing/webhooks/middlewares"

export default defineMiddlewares({
  routes: [
    ...requestGuardMiddlewares,
    ...adminLeasingCatalogMiddlewares,
    ...storeLeasingCatalogMiddlewares,
    ...adminLeasingCompanyMiddlewares,
    ...storeLeasingCompanyMiddlewares,
    ...storeLeasingCartMiddlewares,
    ...storeLeasingCartViewMiddlewares,
    ...storeLeasingOrderMiddlewares,
    ...storeCompanyOrderMiddlewares,
    ...storeLeasingUserMiddlewares,
    ...storeLeasingDeviceMiddlewares,
    ...storeLeasingContractMiddlewares,
    ...storeLeasingWebhookMiddlewares,
  ],
  errorHandler: leasingErrorHandler(),
})
