import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetLeasingVariantPricing } from "./variants/[id]/pricing/validators"

export const storeLeasingCatalogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/variants/:id/pricing",
    middlewares: [validateAndTransformQuery(StoreGetLeasingVariantPricing, {})],
  },
]
