import { MiddlewareRoute } from "@medusajs/framework/http"
import { platformContract } from "../../../route-contracts/declare-contract"
import { requireCompanyCaller } from "../../../utils/leasing-caller"
import { PlatformListQuery, validatePlatformBody, validatePlatformQuery } from "../../../utils/platform-validation"
import { StoreAcceptBuyback, StoreExtendContract, StoreRequestReturn } from "./validators"

// Company-scoped: a contract is only ever shown to, and changed by, the company that leases it.
// Each entry: its contract (the platform's `{error, message}`), then its caller rule (a company's
// credentials with READ or WRITE scope).
const read = () => [platformContract(), requireCompanyCaller("READ")]
const write = () => [platformContract(), requireCompanyCaller("WRITE")]
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
