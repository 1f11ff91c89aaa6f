import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireLeasingScope, resolveLeasingCaller, resolveLeasingCallerIfPresent } from "../../utils/leasing-caller"
import { validatePlatformBody } from "../../utils/platform-validation"
import { leasingCartAdditionalData, PatchLeasingCart } from "./validators"
import { withLeasingCartFields } from "./leasing-cart-fields"

export const storeLeasingCartMiddlewares: MiddlewareRoute[] = [
  // Medusa's contract: core's body and query validators run first; leasing data travels in
  // `additional_data`, and a company caller is resolved when credentials are sent.
  {
    methods: ["POST"],
    matcher: "/store/carts/:id",
    additionalDataValidator: leasingCartAdditionalData,
    middlewares: [resolveLeasingCallerIfPresent(), withLeasingCartFields()],
  },
  // The leasing platform's contract: credentials (401/429/404), WRITE scope (403), then the body (400).
  {
    methods: ["PATCH"],
    matcher: "/store/carts/:id",
    middlewares: [resolveLeasingCaller(), requireLeasingScope("WRITE"), validatePlatformBody(PatchLeasingCart)],
  },
]
