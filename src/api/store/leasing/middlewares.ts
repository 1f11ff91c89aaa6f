import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { platformContract } from "../../route-contracts/declare-contract"
import { StoreGetLeasingCatalogGroup, StoreListLeasingCatalog } from "./catalog/validators"
import { StoreGetLeasingVariantPricing } from "./catalog/pricing-validators"

// The public catalog: the platform's contract, no caller rule (any storefront with a publishable key).
export const storeLeasingCatalogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog/product-groups",
    middlewares: [platformContract(), validateAndTransformQuery(StoreListLeasingCatalog, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog/product-groups/:id/products",
    middlewares: [platformContract(), validateAndTransformQuery(StoreGetLeasingCatalogGroup, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/leasing/catalog/products/:id/pricing",
    middlewares: [platformContract(), validateAndTransformQuery(StoreGetLeasingVariantPricing, {})],
  },
]
