import { MiddlewareRoute } from "@medusajs/framework/http"
import { coreContractUnlessCompany, platformContract } from "../../route-contracts/declare-contract"
import { requireCompanyCaller, resolveLeasingCallerIfPresent } from "../../utils/leasing-caller"
import { validatePlatformBody } from "../../utils/platform-validation"
import { PatchLeasingCart, ValidateLeasingCart } from "./validators"
import { validateLeasingAdditionalData } from "./leasing-additional-data"
import { withLeasingCartFields } from "./leasing-cart-fields"
import { guardCompanyCart, refuseForgedDevices } from "./guard/company-cart-guard"

/**
 * A Medusa route that reads or changes a cart: core's contract unless the cart is a company's;
 * the caller (if it sent company credentials), then the guard of a company's cart (404 to anyone
 * but its company, WRITE scope to change it).
 */
const companyCartRule = (source: Parameters<typeof guardCompanyCart>[0]) => [
  coreContractUnlessCompany(),
  resolveLeasingCallerIfPresent(),
  guardCompanyCart(source),
]

export const storeLeasingCartMiddlewares: MiddlewareRoute[] = [
  // Every method of `/store/carts/:id` and of every path below it (no `methods`: mounted with
  // `use`, so routes a later Medusa version adds under a cart are guarded too).
  { matcher: "/store/carts/:id", middlewares: companyCartRule("path") },
  // Core's cart creation takes items with their metadata: no forged device there either.
  { methods: ["POST"], matcher: "/store/carts", middlewares: [coreContractUnlessCompany(), refuseForgedDevices()] },
  // The other store routes that name a cart elsewhere than in their path.
  { methods: ["POST"], matcher: "/store/payment-collections", middlewares: companyCartRule("body") },
  {
    methods: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: companyCartRule("payment_collection"),
  },
  { methods: ["GET"], matcher: "/store/shipping-options", middlewares: companyCartRule("query") },
  { methods: ["POST"], matcher: "/store/shipping-options/:id/calculate", middlewares: companyCartRule("body") },
  // Medusa's contract (route: [id]/route.ts, POST): core's body and query validators run first;
  // leasing data travels in `additional_data` (its leasing keys validated after core's validator,
  // see leasing-additional-data.ts).
  {
    methods: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [coreContractUnlessCompany(), validateLeasingAdditionalData(), withLeasingCartFields()],
  },
  // Core's checkout (route: [id]/complete/route.ts): a company's cart runs the leasing checkout.
  { methods: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [coreContractUnlessCompany()] },
  // The platform's validate (route: [id]/validate/route.ts): credentials (401/429), WRITE scope
  // (403), the body (400), then the cart.
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/validate",
    middlewares: [platformContract(), requireCompanyCaller("WRITE"), validatePlatformBody(ValidateLeasingCart)],
  },
  // The leasing platform's cart update (route: [id]/route.ts, PATCH): credentials (401/429/404),
  // WRITE scope (403), then the body (400).
  {
    methods: ["PATCH"],
    matcher: "/store/carts/:id",
    middlewares: [platformContract(), requireCompanyCaller("WRITE"), validatePlatformBody(PatchLeasingCart)],
  },
]
