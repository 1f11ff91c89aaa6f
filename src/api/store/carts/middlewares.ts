import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireLeasingScope, resolveLeasingCaller, resolveLeasingCallerIfPresent } from "../../utils/leasing-caller"
import { validatePlatformBody } from "../../utils/platform-validation"
import { leasingCartAdditionalData, PatchLeasingCart } from "./validators"
import { withLeasingCartFields } from "./leasing-cart-fields"
import { leasingCheckoutGuard } from "./checkout/leasing-checkout-guard"

export const storeLeasingCartMiddlewares: MiddlewareRoute[] = [
  // Medusa's contract: core's body and query validators run first; leasing data travels in
  // `additional_data`, and a company caller is resolved when credentials are sent.
  {
    methods: ["POST"],
    matcher: "/store/carts/:id",
    additionalDataValidator: leasingCartAdditionalData,
    middlewares: [resolveLeasingCallerIfPresent(), withLeasingCartFields()],
  },
  // Core's checkout, refused for a leasing cart that is mid-update or inconsistent.
  { methods: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [leasingCheckoutGuard()] },
  // The leasing platform's contract: credentials (401/429/404), WRITE scope (403), then the body (400).
  {
    methods: ["PATCH"],
    matcher: "/store/carts/:id",
    middlewares: [resolveLeasingCaller(), requireLeasingScope("WRITE"), validatePlatformBody(PatchLeasingCart)],
  },
]
