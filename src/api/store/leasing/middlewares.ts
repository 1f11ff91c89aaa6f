import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetLeasingCatalogGroup, StoreListLeasingCatalog } from "./catalog/validators"
import { StoreGetLeasingVariantPricing } from "./catalog/pricing-validators"

export const storeLeasingCatalogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog/product-groups",
    middlewares: [validateAndTransformQuery(StoreListLeasingCatalog, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog/product-groups/:id/products",
    middlewares: [validateAndTransformQuery(StoreGetLeasingCatalogGroup, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog/products/:id/pricing",
    middlewares: [validateAndTransformQuery(StoreGetLeasingVariantPricing, {})],
  },
]
