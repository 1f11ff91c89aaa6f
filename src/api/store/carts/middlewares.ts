import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireLeasingScope, resolveLeasingCaller, resolveLeasingCallerIfPresent } from "../../utils/leasing-caller"
import { validatePlatformBody } from "../../utils/platform-validation"
import { PatchLeasingCart, ValidateLeasingCart } from "./validators"
import { validateLeasingAdditionalData } from "./leasing-additional-data"
import { withLeasingCartFields } from "./leasing-cart-fields"
import { completeLeasingCart } from "./checkout/leasing-complete-cart"
import { guardCompanyCart, refuseForgedDevices } from "./guard/company-cart-guard"

// The caller (if it sent company credentials), then the guard of a company's cart.
const guarded = (source: Parameters<typeof guardCompanyCart>[0]) => [
  resolveLeasingCallerIfPresent(),
  guardCompanyCart(source),
]

export const storeLeasingCartMiddlewares: MiddlewareRoute[] = [
  // Every method of `/store/carts/:id` and of every path below it (no `methods`: mounted with
  // `use`, so routes a later Medusa version adds under a cart are guarded too).
  { matcher: "/store/carts/:id", middlewares: guarded("path") },
  // Core's cart creation takes items with their metadata: no forged device there either.
  { methods: ["POST"], matcher: "/store/carts", middlewares: [refuseForgedDevices()] },
  // The other store routes that name a cart elsewhere than in their path.
  { methods: ["POST"], matcher: "/store/payment-collections", middlewares: guarded("body") },
  {
    methods: ["POST"],
    matcher: "/store/payment-collections/:id/payment-sessions",
    middlewares: guarded("payment_collection"),
  },
  { methods: ["GET"], matcher: "/store/shipping-options", middlewares: guarded("query") },
  { methods: ["POST"], matcher: "/store/shipping-options/:id/calculate", middlewares: guarded("body") },
  // Medusa's contract: core's body and query validators run first; leasing data travels in
  // `additional_data` (its leasing keys validated after core's validator, see leasing-additional-data.ts).
  {
    methods: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [validateLeasingAdditionalData(), withLeasingCartFields()],
  },
  // Core's checkout: a leasing cart runs the leasing checkout (order + lease contracts) instead.
  { methods: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [completeLeasingCart()] },
  // The platform's validate: credentials (401/429), WRITE scope (403), the body (400), then the cart.
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/validate",
    middlewares: [resolveLeasingCaller(), requireLeasingScope("WRITE"), validatePlatformBody(ValidateLeasingCart)],
  },
  // The leasing platform's contract: credentials (401/429/404), WRITE scope (403), then the body (400).
  {
    methods: ["PATCH"],
    matcher: "/store/carts/:id",
    middlewares: [resolveLeasingCaller(), requireLeasingScope("WRITE"), validatePlatformBody(PatchLeasingCart)],
  },
]
