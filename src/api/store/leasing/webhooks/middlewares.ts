import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireLeasingScope, resolveLeasingCaller } from "../../../utils/leasing-caller"
import { PlatformListQuery, validatePlatformBody, validatePlatformQuery } from "../../../utils/platform-validation"
import { StoreCreateWebhookEndpoint } from "./validators"

// A company's endpoints and their delivery logs are its own: any other company's is not found.
const read = () => [resolveLeasingCaller(), requireLeasingScope("READ")]
const write = () => [resolveLeasingCaller(), requireLeasingScope("WRITE")]

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
