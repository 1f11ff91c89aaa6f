import { MedusaContainer } from "@medusajs/framework/types"
import { leasingService } from "../lease-contracts/steps/leasing-service"
import { announceEndingLeasesWorkflow } from "./announce-ending-leases"
import { extendLeaseContractWorkflow } from "./extend-lease-contract"
import { markInstallmentsDueWorkflow } from "./mark-installments-due"
import { requestLeaseReturnWorkflow } from "./request-lease-return"

/**
 * The daily pass (job `leasing-lease-lifecycle-daily`): contracts whose end passed without a
 * choice move to the configured state (EXTENDED month to month by default, which also rolls
 * month-to-month contracts on), then installments that fell due become DUE, then contracts
 * ending soon are announced. Each part is idempotent: a second run the same day changes nothing.
 */
export async function runLeaseLifecycleDay(container: MedusaContainer, now = new Date()) {
  const service = leasingService(container)
  const { expiredLeaseStatus } = service.getLifecycleOptions()
  const expired = await service.listLeaseContracts(
    { status: ["ACTIVE", "EXTENDED"], ends_at: { $lte: now } },
    { select: ["id", "status", "extension_mode", "ends_at"], order: { contract_number: "ASC" } }
  )
  const settled: string[] = []
  for (const contract of expired) {
    const rolling = contract.status === "EXTENDED" && contract.extension_mode === "MONTH_TO_MONTH"
    if (!rolling && expiredLeaseStatus === "RETURN_REQUESTED") {
      await requestLeaseReturnWorkflow(container).run({
        input: { id: contract.id, address: null, return_date: new Date(contract.ends_at as Date).toISOString() },
      })
    } else {
      await extendLeaseContractWorkflow(container).run({ input: { id: contract.id, mode: "MONTH_TO_MONTH" } })
    }
    settled.push(contract.id)
  }
  const { result: due } = await markInstallmentsDueWorkflow(container).run({ input: { now: now.toISOString() } })
  const { result: ending } = await announceEndingLeasesWorkflow(container).run({ input: { now: now.toISOString() } })
  return { settled, due: due.map((i) => i.id), ending_soon: ending.map((c) => c.id as string) }
}
