import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireLeasingScope, resolveLeasingCaller } from "../../../utils/leasing-caller"
import { PlatformListQuery, validatePlatformQuery } from "../../../utils/platform-validation"

// Company-scoped: an order is only ever shown to the company that placed it.
const read = () => [resolveLeasingCaller(), requireLeasingScope("READ")]

export const storeLeasingOrderMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/orders",
    middlewares: [...read(), validatePlatformQuery(PlatformListQuery)],
  },
  { methods: ["GET"], matcher: "/store/leasing/orders/:id", middlewares: read() },
]
