import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../modules/leasing"
import LeasingModuleService from "../../modules/leasing/service"
import { addCalendarMonths } from "../../workflows/lease-contracts/utils/add-calendar-months"
import { markContractDeliveredWorkflow } from "../../workflows/lease-contracts"
import { runLeaseLifecycleDay } from "../../workflows/lease-lifecycle/run-lease-lifecycle-day"

const DAY = 24 * 60 * 60 * 1000

/**
 * A lease history on the demo order, so the admin shows a billing schedule and an ending lease:
 * its first contract delivered about four months ago (two installments paid, the others due),
 * its second delivered one term ago less 20 days (ending within 30 days, all but the last
 * installment paid). Skipped once the contracts have started (idempotent).
 */
export async function seedDemoLeases(container: MedusaContainer, orderId: string) {
  const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
  const contracts = await service.listLeaseContracts({ order_id: orderId }, { order: { contract_number: "ASC" } })
  if (contracts.length < 2 || contracts.some((c) => c.status !== "PENDING_DELIVERY")) return
  const [running, ending] = contracts
  const now = Date.now()
  await markContractDeliveredWorkflow(container).run({
    input: { id: running.id, delivered_at: new Date(now - 100 * DAY).toISOString() },
  })
  const endingStart = addCalendarMonths(new Date(now + 20 * DAY), -ending.lease_term_months)
  await markContractDeliveredWorkflow(container).run({
    input: { id: ending.id, delivered_at: endingStart.toISOString() },
  })
  await runLeaseLifecycleDay(container)

  const paid = async (contractId: string, keepDue: number) => {
    const due = await service.listLeaseInstallments(
      { contract_id: contractId, status: "DUE" },
      { order: { sequence: "ASC" } }
    )
    const settled = due.slice(0, Math.max(0, due.length - keepDue))
    for (const i of settled) {
      await service.updateLeaseInstallments({
        id: i.id,
        status: "PAID",
        invoice_number: `DEMO-${i.sequence}`,
        invoiced_at: i.due_date,
        paid_at: i.due_date,
        payment_reference: "demo SEPA direct debit",
      })
    }
  }
  await paid(running.id, 2)
  await paid(ending.id, 1)
}
