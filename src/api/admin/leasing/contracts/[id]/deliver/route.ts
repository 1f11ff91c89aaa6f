import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeaseContractResponse } from "../../../../../../types/leasing"
import { LeasingError } from "../../../../../../utils/leasing-errors"
import { markContractDeliveredWorkflow } from "../../../../../../workflows/lease-contracts"
import { findLeaseContract } from "../../queries/list-lease-contracts"
import { AdminDeliverLeaseContractType } from "../../validators"

/**
 * POST /admin/leasing/contracts/:id/deliver: the device reached its assignee, so its contract
 * starts (ACTIVE, start = delivery date, end = start + term). 409 CONTRACT_NOT_PENDING_DELIVERY
 * for a contract already started, ended or cancelled.
 */
export const POST = async (
  req: MedusaRequest<AdminDeliverLeaseContractType>,
  res: MedusaResponse<AdminLeaseContractResponse>
) => {
  try {
    await markContractDeliveredWorkflow(req.scope).run({
      input: { id: req.params.id, delivered_at: req.validatedBody.delivered_at },
    })
  } catch (err) {
    // The contract's lock is held by another delivery of it (which will answer 200 or 409):
    // the shared handler would call this a cart's lock.
    if (/Failed to acquire lock/i.test(String((err as { message?: unknown })?.message))) {
      throw new LeasingError("CONFLICT", "This contract is being updated by another request; retry.")
    }
    throw err
  }
  res.json({ lease_contract: (await findLeaseContract(req.scope, req.params.id))! })
}
