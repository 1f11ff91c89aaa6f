import { MiddlewareRoute } from "@medusajs/framework/http"
import { platformContract } from "../../../route-contracts/declare-contract"
import { requireCompanyCaller } from "../../../utils/leasing-caller"
import { PlatformListQuery, validatePlatformBody, validatePlatformQuery } from "../../../utils/platform-validation"
import { StoreCreateWebhookEndpoint } from "./validators"

// A company's endpoints and their delivery logs are its own: any other company's is not found.
// Each entry: its contract (the platform's `{error, message}`), then its caller rule (a company's
// credentials with READ or WRITE scope).
const read = () => [platformContract(), requireCompanyCaller("READ")]
const write = () => [platformContract(), requireCompanyCaller("WRITE")]

export const storeLeasingWebhookMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/webhooks",
    middlewares: [...read(), validatePlatformQuery(PlatformListQuery)],
  },
  {
    methods: ["POST"],
    matcher: "/store/leasing/webhooks",
    middlewares: [...write(), validatePlatformBody(StoreCreateWebhookEndpoint)],
  },
  { methods: ["DELETE"], matcher: "/store/leasing/webhooks/:id", middlewares: write() },
  {
    methods: ["GET"],
    matcher: "/store/leasing/webhooks/:id/deliveries",
    middlewares: [...read(), validatePlatformQuery(PlatformListQuery)],
  },
]
