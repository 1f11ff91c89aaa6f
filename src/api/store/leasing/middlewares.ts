import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetLeasingCatalogGroup, StoreListLeasingCatalog } from "./catalog/validators"
import { StoreGetLeasingVariantPricing } from "./variants/[id]/pricing/validators"

export const storeLeasingCatalogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog",
    middlewares: [validateAndTransformQuery(StoreListLeasingCatalog, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog/:group_id/products",
    middlewares: [validateAndTransformQuery(StoreGetLeasingCatalogGroup, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/leasing/variants/:id/pricing",
    middlewares: [validateAndTransformQuery(StoreGetLeasingVariantPricing, {})],
  },
]
