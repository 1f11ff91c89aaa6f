import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListLeasingCarts } from "./carts/validators"
import { AdminDeliverLeaseContract, AdminListLeaseContracts } from "./contracts/validators"
import {
  AdminAcceptBuyback,
  AdminExtendContract,
  AdminReceiveReturn,
  AdminRecordInvoice,
  AdminRecordPayment,
  AdminRequestReturn,
} from "./contracts/lifecycle-validators"
import { listAdminOffersQueryConfig } from "./offers/query-config"
import { AdminListLeasingOffers } from "./offers/validators"
import { AdminUpsertLeasingOffer } from "./variants/[id]/offer/validators"
import { AdminListWebhookDeliveries, AdminListWebhookEndpoints } from "./webhooks/validators"

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
  // A lease after delivery: billing schedule and end of lease (docs/lease-lifecycle.md).
  {
    methods: ["POST"],
    matcher: "/admin/leasing/contracts/:id/installments/:installment_id/invoice",
    middlewares: [validateAndTransformBody(AdminRecordInvoice)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leasing/contracts/:id/installments/:installment_id/pay",
    middlewares: [validateAndTransformBody(AdminRecordPayment)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leasing/contracts/:id/buyback",
    middlewares: [validateAndTransformBody(AdminAcceptBuyback)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leasing/contracts/:id/return",
    middlewares: [validateAndTransformBody(AdminRequestReturn)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leasing/contracts/:id/receive",
    middlewares: [validateAndTransformBody(AdminReceiveReturn)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leasing/contracts/:id/extend",
    middlewares: [validateAndTransformBody(AdminExtendContract)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/leasing/webhooks",
    middlewares: [validateAndTransformQuery(AdminListWebhookEndpoints, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/leasing/webhooks/:id/deliveries",
    middlewares: [validateAndTransformQuery(AdminListWebhookDeliveries, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leasing/variants/:id/offer",
    middlewares: [validateAndTransformBody(AdminUpsertLeasingOffer)],
  },
]
