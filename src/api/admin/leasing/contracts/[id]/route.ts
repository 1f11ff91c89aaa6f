import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseContractResponse } from "../../../../../types/leasing"
import { LeasingError } from "../../../../../utils/leasing-errors"
import { findLeaseContract } from "../queries/list-lease-contracts"

/** GET /admin/leasing/contracts/:id */
export const GET = async (req: MedusaRequest, res: MedusaResponse<AdminLeaseContractResponse>) => {
  const lease_contract = await findLeaseContract(req.scope, req.params.id)
  if (!lease_contract) {
    throw new LeasingError("NOT_FOUND", `No lease contract with id ${req.params.id}.`)
  }
  res.json({ lease_contract })
}
