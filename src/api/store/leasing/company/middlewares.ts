import { MiddlewareRoute } from "@medusajs/framework/http"
import { platformContract } from "../../../route-contracts/declare-contract"
import { requireCompanyCaller } from "../../../utils/leasing-caller"
import { validatePlatformBody, validatePlatformQuery } from "../../../utils/platform-validation"
import { CompanyAddressBody, StoreListCompanyAddresses } from "./validators"

// Credentials first (401/429/404), then scope (403), then the body (400): a refused caller
// learns nothing from validation messages.
// Each entry: its contract (the platform's `{error, message}`), then its caller rule (a company's
// credentials with READ or WRITE scope).
const read = () => [platformContract(), requireCompanyCaller("READ")]
const write = () => [platformContract(), requireCompanyCaller("WRITE")]

export const storeLeasingCompanyMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/leasing/company", middlewares: read() },
  {
    methods: ["GET"],
    matcher: "/store/leasing/company/addresses",
    middlewares: [...read(), validatePlatformQuery(StoreListCompanyAddresses)],
  },
  {
    methods: ["POST"],
    matcher: "/store/leasing/company/addresses",
    middlewares: [...write(), validatePlatformBody(CompanyAddressBody)],
  },
  { methods: ["GET"], matcher: "/store/leasing/company/addresses/:id", middlewares: read() },
]
