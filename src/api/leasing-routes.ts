import { MiddlewareRoute } from "@medusajs/framework/http"
import { adminLeasingCompanyMiddlewares } from "./admin/leasing/companies/middlewares"
import { adminLeasingCatalogMiddlewares } from "./admin/leasing/middlewares"
import { coreContractUnlessCompany, medusaContract, platformContract } from "./route-contracts/declare-contract"
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

/**
 * Every route's middlewares, each folder's list. Each entry names its contract (error shape) and
 * its caller rule (`route-contracts/declare-contract.ts`, `utils/leasing-caller.ts`); these three
 * namespaces declare the contract of everything below them that no entry names, unknown routes
 * included (a route's own entry wins, see `route-contracts/contract-table.ts`).
 */
export const leasingRoutes: MiddlewareRoute[] = [
  { matcher: "/store/leasing", middlewares: [platformContract()] },
  { matcher: "/admin/leasing", middlewares: [medusaContract()] },
  { matcher: "/store/carts", middlewares: [coreContractUnlessCompany()] },
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
]
