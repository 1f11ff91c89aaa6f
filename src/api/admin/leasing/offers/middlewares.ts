import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminOffersQueryConfig } from "./query-config"
import { AdminListLeasingOffers } from "./validators"

export const adminLeasingOfferMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/leasing/offers",
    middlewares: [validateAndTransformQuery(AdminListLeasingOffers, listAdminOffersQueryConfig)],
  },
]
