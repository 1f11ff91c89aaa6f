import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListLeasingCarts } from "./carts/validators"
import { AdminDeliverLeaseContract, AdminListLeaseContracts } from "./contracts/validators"
import { listAdminOffersQueryConfig } from "./offers/query-config"
import { AdminListLeasingOffers } from "./offers/validators"
import { AdminUpsertLeasingOffer } from "./variants/[id]/offer/validators"

export const adminLeasingCatalogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/leasing/offers",
    middlewares: [validateAndTransformQuery(AdminListLeasingOffers, listAdminOffersQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/leasing/carts",
    middlewares: [validateAndTransformQuery(AdminListLeasingCarts, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/leasing/contracts",
    middlewares: [validateAndTransformQuery(AdminListLeaseContracts, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leasing/contracts/:id/deliver",
    middlewares: [validateAndTransformBody(AdminDeliverLeaseContract)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leasing/variants/:id/offer",
    middlewares: [validateAndTransformBody(AdminUpsertLeasingOffer)],
  },
]
