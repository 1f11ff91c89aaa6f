import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireLeasingScope, resolveLeasingCaller } from "../../../utils/leasing-caller"
import { PlatformListQuery, validatePlatformBody, validatePlatformQuery } from "../../../utils/platform-validation"
import { StoreAcceptBuyback, StoreExtendContract, StoreRequestReturn } from "./validators"

// Company-scoped: a contract is only ever shown to, and changed by, the company that leases it.
const read = () => [resolveLeasingCaller(), requireLeasingScope("READ")]
const write = () => [resolveLeasingCaller(), requireLeasingScope("WRITE")]
const base = "/store/leasing/contracts/:id"

export const storeLeasingContractMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/contracts",
    middlewares: [...read(), validatePlatformQuery(PlatformListQuery)],
  },
  { methods: ["GET"], matcher: base, middlewares: read() },
  { methods: ["POST"], matcher: `${base}/buyback-quote`, middlewares: write() },
  {
    methods: ["POST"],
    matcher: `${base}/buyback`,
    middlewares: [...write(), validatePlatformBody(StoreAcceptBuyback)],
  },
  { methods: ["POST"], matcher: `${base}/return`, middlewares: [...write(), validatePlatformBody(StoreRequestReturn)] },
  {
    methods: ["POST"],
    matcher: `${base}/extend`,
    middlewares: [...write(), validatePlatformBody(StoreExtendContract)],
  },
]
