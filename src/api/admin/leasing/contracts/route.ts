import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseContractListResponse } from "../../../../types/leasing"
import { listLeaseContracts } from "./queries/list-lease-contracts"
import { AdminListLeaseContractsType } from "./validators"

/**
 * GET /admin/leasing/contracts: lease contracts, newest first, filtered by company, status(es),
 * order or "ending within N days", with the monthly rent they add up to per currency.
 */
export const GET = async (
  req: MedusaRequest<unknown, AdminListLeaseContractsType>,
  res: MedusaResponse<AdminLeaseContractListResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const page = await listLeaseContracts(req.scope, filters, { limit, offset })
  res.json({
    lease_contracts: page.lease_contracts,
    count: page.count,
    limit,
    offset,
    monthly_rent_total: page.monthly_rent_total,
    rent_due_this_month: page.rent_due_this_month,
  })
}
