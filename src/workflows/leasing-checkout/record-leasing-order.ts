import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents } from "../../modules/leasing/constants"
import { startUpgradeReturnsWorkflow } from "../lease-upgrade/start-upgrade-returns"
import { createLeaseContractsStep } from "./steps/create-lease-contracts"
import { createOrderDevicesStep } from "./steps/create-order-devices"
import { finishLeasingCheckoutStep } from "./steps/finish-leasing-checkout"

export type RecordLeasingOrderInput = {
  leasing_cart_id: string
  order_id: string
  cart_id: string
  company_id: string
  signatory_user_id: string | null
}

export const recordLeasingOrderWorkflowId = "leasing-record-order"
/**
 * What a leasing cart's order adds to Medusa's: a lease contract per leased device, every
 * device in the company's fleet, the return of the contracts its devices replace (upgrade), then
 * the order's id on the leasing cart. Run by checkout right after core's completion, and by the
 * job that finishes a checkout a crash interrupted between the two.
 */
export const recordLeasingOrderWorkflow = createWorkflow(
  recordLeasingOrderWorkflowId,
  (input: RecordLeasingOrderInput) => {
    const contractIds = createLeaseContractsStep(input)
    // After the contracts: a leased device names its contract.
    createOrderDevicesStep(input).config({ name: "leasing-create-order-devices" })
    // Upgrades: the contracts the new devices replace go into return (undone if anything after fails).
    startUpgradeReturnsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, company_id: input.company_id })),
    })
    finishLeasingCheckoutStep(input)
    // One `lease_contract.created` per contract, released when the checkout commits.
    emitEventStep({
      eventName: LeaseEvents.CREATED,
      data: transform({ contractIds, input }, ({ contractIds, input }) =>
        contractIds.map((id: string) => ({ id, order_id: input.order_id, company_id: input.company_id }))
      ),
    }).config({ name: "leasing-emit-contracts-created" })
    return new WorkflowResponse(contractIds)
  }
)
