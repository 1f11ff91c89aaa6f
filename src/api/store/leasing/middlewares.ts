import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListLeasingCatalog } from "./catalog/validators"
import { StoreGetLeasingVariantPricing } from "./variants/[id]/pricing/validators"

export const storeLeasingCatalogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog",
    middlewares: [validateAndTransformQuery(StoreListLeasingCatalog, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/leasing/variants/:id/pricing",
    middlewares: [validateAndTransformQuery(StoreGetLeasingVariantPricing, {})],
  },
]
