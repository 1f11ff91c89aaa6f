import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { finishInterruptedLeasingCheckouts } from "../workflows/leasing-checkout/finish-interrupted-checkouts"

/**
 * A server killed between core's order and the leasing contracts leaves an order without its
 * contracts: this creates them (every minute; idempotent, one contract per order line).
 */
export default async function finishInterruptedLeasingCheckoutsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const finished = await finishInterruptedLeasingCheckouts(container)
    if (finished.length)
      logger.info(`leasing: created the lease contracts of interrupted checkouts: ${finished.join(", ")}`)
  } catch (error) {
    logger.warn(`leasing: could not finish interrupted checkouts yet: ${(error as Error).message}`)
  }
}

export const config = {
  name: "leasing-finish-interrupted-checkouts",
  schedule: { interval: 60_000 },
}
