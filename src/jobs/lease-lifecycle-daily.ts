import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runLeaseLifecycleDay } from "../workflows/lease-lifecycle/run-lease-lifecycle-day"

/**
 * Once a day: expired leases settled, installments fallen due marked DUE (`lease_installment.due`),
 * leases ending soon announced. Idempotent, so a missed or repeated run does no harm.
 */
export default async function leaseLifecycleDailyJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { settled, due, ending_soon } = await runLeaseLifecycleDay(container)
    logger.info(
      `leasing: daily lease pass: ${settled.length} expired settled, ${due.length} installments due, ${ending_soon.length} ending soon`
    )
  } catch (error) {
    logger.warn(`leasing: daily lease pass failed, retried tomorrow or on the next run: ${(error as Error).message}`)
  }
}

export const config = {
  name: "leasing-lease-lifecycle-daily",
  // 02:15 UTC every day.
  schedule: "15 2 * * *",
}
