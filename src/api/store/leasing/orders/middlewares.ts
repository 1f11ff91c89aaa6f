import { MiddlewareRoute } from "@medusajs/framework/http"
import { platformContract } from "../../../route-contracts/declare-contract"
import { requireCompanyCaller } from "../../../utils/leasing-caller"
import { PlatformListQuery, validatePlatformQuery } from "../../../utils/platform-validation"

// Company-scoped: an order is only ever shown to the company that placed it.
// Each entry: its contract (the platform's `{error, message}`), then its caller rule (a company's
// credentials with READ or WRITE scope).
const read = () => [platformContract(), requireCompanyCaller("READ")]

export const storeLeasingOrderMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/orders",
    middlewares: [...read(), validatePlatformQuery(PlatformListQuery)],
  },
  { methods: ["GET"], matcher: "/store/leasing/orders/:id", middlewares: read() },
]
