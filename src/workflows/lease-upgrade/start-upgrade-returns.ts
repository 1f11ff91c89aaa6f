import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents } from "../../modules/leasing/constants"
import { CONTRACT_LOCK, contractLockKey } from "../lease-lifecycle/contract-lock"
import { loadOrderUpgradesStep } from "./steps/load-order-upgrades"
import { startUpgradeReturnsStep } from "./steps/start-upgrade-returns"

export type StartUpgradeReturnsInput = { order_id: string; company_id: string }

export const startUpgradeReturnsWorkflowId = "leasing-start-upgrade-returns"
/**
 * Upgrade: an order whose devices replace running contracts starts their returns, under the
 * contracts' locks (RETURN_REQUESTED, the upgrade fee recorded, `lease_contract.return_requested`
 * with `upgrade_order_id`). Run by checkout right after the order's contracts are written (and by
 * the job finishing an interrupted checkout); a refusal undoes the whole checkout.
 */
export const startUpgradeReturnsWorkflow = createWorkflow(
  startUpgradeReturnsWorkflowId,
  (input: StartUpgradeReturnsInput) => {
    const upgrades = loadOrderUpgradesStep({ order_id: input.order_id })
    const started = when("leasing-order-has-upgrades", { upgrades }, ({ upgrades }) => upgrades.length > 0).then(() => {
      const keys = transform({ upgrades }, ({ upgrades }) => upgrades.map((u) => contractLockKey(u.contract_id)))
      acquireLockStep({ key: keys, ...CONTRACT_LOCK })
      const returns = startUpgradeReturnsStep(
        transform({ input, upgrades }, ({ input, upgrades }) => ({
          order_id: input.order_id,
          company_id: input.company_id,
          upgrades,
        }))
      )
      emitEventStep({
        eventName: LeaseEvents.RETURN_REQUESTED,
        data: transform({ input, returns }, ({ input, returns }) =>
          returns.map((r) => ({
            id: r.contract_id,
            contract_number: r.contract_number,
            company_id: input.company_id,
            order_id: r.order_id,
            status: "RETURN_REQUESTED",
            return_date: null,
            upgrade_order_id: input.order_id,
            upgrade_fee: r.fee,
          }))
        ),
      }).config({ name: "leasing-emit-upgrade-return-requested" })
      releaseLockStep({ key: keys })
      return returns
    })
    return new WorkflowResponse(transform({ started }, ({ started }) => (started ?? []).map((r) => r.contract_id)))
  }
)
