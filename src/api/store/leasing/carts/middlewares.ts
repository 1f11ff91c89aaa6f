import { MiddlewareRoute } from "@medusajs/framework/http"
import { platformContract } from "../../../route-contracts/declare-contract"
import { requireCompanyCaller } from "../../../utils/leasing-caller"
import { validatePlatformBody, validatePlatformQuery } from "../../../utils/platform-validation"
import { CreateLeasingCart, ListLeasingCarts, PatchLeasingCart, ValidateLeasingCart } from "../../carts/validators"

// Company-scoped: a cart is only ever shown to the company that owns it. Credentials first
// (401/429/404), then scope (403), then the body (400).
// Each entry: its contract (the platform's `{error, message}`), then its caller rule (a company's
// credentials with READ or WRITE scope).
const read = () => [platformContract(), requireCompanyCaller("READ")]
const write = () => [platformContract(), requireCompanyCaller("WRITE")]

export const storeLeasingCartViewMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/carts",
    middlewares: [...read(), validatePlatformQuery(ListLeasingCarts)],
  },
  {
    methods: ["POST"],
    matcher: "/store/leasing/carts",
    middlewares: [...write(), validatePlatformBody(CreateLeasingCart)],
  },
  { methods: ["GET"], matcher: "/store/leasing/carts/:order_id", middlewares: read() },
  // The same contract as the twins under /store/carts/:id (see ../../carts/middlewares.ts).
  {
    methods: ["PATCH"],
    matcher: "/store/leasing/carts/:order_id",
    middlewares: [...write(), validatePlatformBody(PatchLeasingCart)],
  },
  {
    methods: ["POST"],
    matcher: "/store/leasing/carts/:order_id/validate",
    middlewares: [...write(), validatePlatformBody(ValidateLeasingCart)],
  },
]
