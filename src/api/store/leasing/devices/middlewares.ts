import { MiddlewareRoute } from "@medusajs/framework/http"
import { platformContract } from "../../../route-contracts/declare-contract"
import { requireCompanyCaller } from "../../../utils/leasing-caller"
import { validatePlatformBody, validatePlatformQuery } from "../../../utils/platform-validation"
import { refuseEmptyPatch } from "../users/middlewares"
import { ListDevices, RegisterDevices, UpdateDevice } from "./validators"

// Each entry: its contract (the platform's `{error, message}`), then its caller rule (a company's
// credentials with READ or WRITE scope).
const read = () => [platformContract(), requireCompanyCaller("READ")]
const write = () => [platformContract(), requireCompanyCaller("WRITE")]

// The company's fleet: credentials first (401/429/404), then scope (403), then the body (400).
export const storeLeasingDeviceMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/leasing/devices", middlewares: [...read(), validatePlatformQuery(ListDevices)] },
  {
    methods: ["POST"],
    matcher: "/store/leasing/devices",
    middlewares: [...write(), validatePlatformBody(RegisterDevices)],
  },
  { methods: ["GET"], matcher: "/store/leasing/devices/:id", middlewares: read() },
  {
    methods: ["PATCH"],
    matcher: "/store/leasing/devices/:id",
    middlewares: [...write(), refuseEmptyPatch(), validatePlatformBody(UpdateDevice)],
  },
  { methods: ["DELETE"], matcher: "/store/leasing/devices/:id", middlewares: write() },
]
