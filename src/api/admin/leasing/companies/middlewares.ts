import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  listAdminApiTokensQueryConfig,
  listAdminCompaniesQueryConfig,
  listAdminCompanyAddressesQueryConfig,
  listAdminCompanyUsersQueryConfig,
} from "./query-config"
import {
  AdminCreateApiToken,
  AdminCreateCompany,
  AdminCreateCompanyAddress,
  AdminCreateCompanyUser,
  AdminListCompanies,
  AdminListCompanyRecords,
  AdminUpdateCompany,
  AdminUpdateCompanyAddress,
  AdminUpdateCompanyUser,
} from "./validators"
import { AdminListCompanyDevices, AdminUpdateCompanyDevice } from "./device-validators"

const base = "/admin/leasing/companies"

export const adminLeasingCompanyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: base,
    middlewares: [validateAndTransformQuery(AdminListCompanies, listAdminCompaniesQueryConfig)],
  },
  { methods: ["POST"], matcher: base, middlewares: [validateAndTransformBody(AdminCreateCompany)] },
  { methods: ["POST"], matcher: `${base}/:id`, middlewares: [validateAndTransformBody(AdminUpdateCompany)] },
  {
    methods: ["GET"],
    matcher: `${base}/:id/users`,
    middlewares: [validateAndTransformQuery(AdminListCompanyRecords, listAdminCompanyUsersQueryConfig)],
  },
  { methods: ["POST"], matcher: `${base}/:id/users`, middlewares: [validateAndTransformBody(AdminCreateCompanyUser)] },
  {
    methods: ["POST"],
    matcher: `${base}/:id/users/:user_id`,
    middlewares: [validateAndTransformBody(AdminUpdateCompanyUser)],
  },
  {
    methods: ["GET"],
    matcher: `${base}/:id/addresses`,
    middlewares: [validateAndTransformQuery(AdminListCompanyRecords, listAdminCompanyAddressesQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: `${base}/:id/addresses`,
    middlewares: [validateAndTransformBody(AdminCreateCompanyAddress)],
  },
  {
    methods: ["POST"],
    matcher: `${base}/:id/addresses/:address_id`,
    middlewares: [validateAndTransformBody(AdminUpdateCompanyAddress)],
  },
  {
    methods: ["GET"],
    matcher: `${base}/:id/api-tokens`,
    middlewares: [validateAndTransformQuery(AdminListCompanyRecords, listAdminApiTokensQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: `${base}/:id/api-tokens`,
    middlewares: [validateAndTransformBody(AdminCreateApiToken)],
  },
  {
    methods: ["GET"],
    matcher: `${base}/:id/devices`,
    middlewares: [validateAndTransformQuery(AdminListCompanyDevices, {})],
  },
  {
    methods: ["POST"],
    matcher: `${base}/:id/devices/:device_id`,
    middlewares: [validateAndTransformBody(AdminUpdateCompanyDevice)],
  },
]
