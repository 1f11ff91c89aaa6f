import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliverDueWebhooks } from "../workflows/lease-webhooks"

/** Retries webhook deliveries whose backoff has passed, and any a killed process left behind. */
export default async function deliverLeaseWebhooksJob(container: MedusaContainer) {
  try {
    await deliverDueWebhooks(container)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`leasing: webhook retries failed this time: ${(error as Error).message}`)
  }
}

export const config = { name: "leasing-deliver-webhooks", schedule: { interval: 15_000 } }
