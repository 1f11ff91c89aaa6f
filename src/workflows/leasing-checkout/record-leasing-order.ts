import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents } from "../../modules/leasing/constants"
import { startUpgradeReturnsWorkflow } from "../lease-upgrade/start-upgrade-returns"
import { createLeaseContractsStep } from "./steps/create-lease-contracts"
import { createOrderDevicesStep } from "./steps/create-order-devices"
import { finishLeasingCheckoutStep } from "./steps/finish-leasing-checkout"
import { loadOrderToRecordStep } from "./steps/load-order-to-record"

export type RecordLeasingOrderInput = {
  leasing_cart_id: string
  order_id: string
  cart_id: string
  company_id: string
  signatory_user_id: string | null
  /** The order was placed by the same workflow: nothing of it was recorded yet (nothing to look up). */
  order_is_new?: boolean
}

export const recordLeasingOrderWorkflowId = "leasing-record-order"
/**
 * What a leasing cart's order adds to Medusa's: a lease contract per leased device, every
 * device in the company's fleet, the return of the contracts its devices replace (upgrade), then
 * the order's id on the leasing cart. Run by checkout right after core's completion, and by the
 * job that finishes a checkout a crash interrupted between the two. A composition helper.
 */
export function recordLeasingOrder(input: WorkflowData<RecordLeasingOrderInput>) {
  const order = loadOrderToRecordStep({ order_id: input.order_id, order_is_new: input.order_is_new })
  const contracts = createLeaseContractsStep(
    transform({ input, order }, ({ input, order }) => ({
      order_id: input.order_id,
      cart_id: input.cart_id,
      company_id: input.company_id,
      signatory_user_id: input.signatory_user_id,
      order,
    }))
  )
  // After the contracts: a leased device names its contract.
  createOrderDevicesStep(
    transform({ input, order, contracts }, ({ input, order, contracts }) => ({
      order_id: input.order_id,
      company_id: input.company_id,
      order,
      contracts: contracts.contracts,
    }))
  ).config({ name: "leasing-create-order-devices" })
  // Upgrades: the contracts the new devices replace go into return (undone if anything after fails).
  when("leasing-order-replaces-contracts", { order }, ({ order }) => order.replaces_contracts).then(() => {
    startUpgradeReturnsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, company_id: input.company_id })),
    })
  })
  finishLeasingCheckoutStep(input)
  // One `lease_contract.created` per contract, released when the checkout commits.
  emitEventStep({
    eventName: LeaseEvents.CREATED,
    data: transform({ contracts, input }, ({ contracts, input }) =>
      contracts.created_ids.map((id: string) => ({ id, order_id: input.order_id, company_id: input.company_id }))
    ),
  }).config({ name: "leasing-emit-contracts-created" })
  return transform({ contracts }, ({ contracts }) => contracts.created_ids)
}

/**
 * `recordLeasingOrder` as a workflow of its own, for the job that finishes a checkout a crash
 * interrupted (checkout composes the helper into its own workflow: no nested transaction).
 */
export const recordLeasingOrderWorkflow = createWorkflow(
  recordLeasingOrderWorkflowId,
  (input: WorkflowData<RecordLeasingOrderInput>) => new WorkflowResponse(recordLeasingOrder(input))
)
