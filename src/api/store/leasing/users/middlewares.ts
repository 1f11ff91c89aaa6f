import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { LeasingError } from "../../../../utils/leasing-errors"
import { platformContract } from "../../../route-contracts/declare-contract"
import { requireCompanyCaller } from "../../../utils/leasing-caller"
import { validatePlatformBody, validatePlatformQuery } from "../../../utils/platform-validation"
import { StoreCreateCompanyUser, StoreListCompanyUsers, StoreUpdateCompanyUser } from "./validators"

// Each entry: its contract (the platform's `{error, message}`), then its caller rule (a company's
// credentials with READ or WRITE scope).
const read = () => [platformContract(), requireCompanyCaller("READ")]
const write = () => [platformContract(), requireCompanyCaller("WRITE")]

/** A PATCH with nothing to change is refused before validation: 400 EMPTY_PATCH_BODY. */
export function refuseEmptyPatch() {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = req.body as unknown
    if (body && typeof body === "object" && !Array.isArray(body) && Object.keys(body).length === 0) {
      return next(new LeasingError("EMPTY_PATCH_BODY", "Send at least one field to change."))
    }
    next()
  }
}

// Credentials first (401/429/404), then scope (403), then the body (400).
export const storeLeasingUserMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/users",
    middlewares: [...read(), validatePlatformQuery(StoreListCompanyUsers)],
  },
  {
    methods: ["POST"],
    matcher: "/store/leasing/users",
    middlewares: [...write(), validatePlatformBody(StoreCreateCompanyUser)],
  },
  { methods: ["GET"], matcher: "/store/leasing/users/:id", middlewares: read() },
  {
    methods: ["PATCH"],
    matcher: "/store/leasing/users/:id",
    middlewares: [...write(), refuseEmptyPatch(), validatePlatformBody(StoreUpdateCompanyUser)],
  },
  { methods: ["DELETE"], matcher: "/store/leasing/users/:id", middlewares: write() },
]
