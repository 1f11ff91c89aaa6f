import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { coreContractUnlessCompany } from "../../route-contracts/declare-contract"
import { resolveLeasingCallerIfPresent } from "../../utils/leasing-caller"
import { guardCompanyOrder } from "./guard/company-order-guard"

/**
 * Core's store routes that take an order id answer a company's order to that company only.
 * `/store/orders/:id` has no `methods`: mounted with `use`, it covers every path below it too
 * (the transfer routes, and any a later Medusa version adds).
 */
// Core authenticates a customer on some of these routes only; a signed-in company user is a caller on all.
// Core's contract unless the order is a company's.
const guarded = (source: "path" | "body") => [
  coreContractUnlessCompany(),
  authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
  resolveLeasingCallerIfPresent(),
  guardCompanyOrder(source),
]

export const storeCompanyOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id", middlewares: guarded("path") },
  { methods: ["POST"], matcher: "/store/returns", middlewares: guarded("body") },
]
