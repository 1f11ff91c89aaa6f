import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireLeasingScope, resolveLeasingCaller } from "../../../utils/leasing-caller"

export const storeLeasingCartViewMiddlewares: MiddlewareRoute[] = [
  // Company-scoped: a cart is only ever shown to the company that owns it.
  { methods: ["GET"], matcher: "/store/leasing/carts/:id", middlewares: [resolveLeasingCaller(), requireLeasingScope("READ")] },
]
