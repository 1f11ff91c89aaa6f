import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEASING_MODULE } from "../modules/leasing"
import LeasingModuleService from "../modules/leasing/service"
import { leasingRepairCartWorkflow } from "../workflows/leasing-cart/leasing-repair-cart"

/** An update's lock lives 10 s: a marker older than this belongs to an update that died. */
const STALE_AFTER_MS = 30_000
const BATCH = 50

/**
 * Repairs carts whose update was interrupted (a server killed mid-update) even when nobody
 * touches them again: runs shortly after the server starts, then every 30 s. A request on such
 * a cart repairs it sooner, before it is answered.
 */
export default async function repairInterruptedLeasingCarts(container: MedusaContainer) {
  const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const carts = await service.listLeasingCarts(
    { pending_update: { $ne: null } },
    { select: ["cart_id", "pending_update"], take: BATCH }
  )
  const stale = carts.filter(
    (c) =>
      Date.now() - (Date.parse(String((c.pending_update as { started_at?: string })?.started_at)) || 0) > STALE_AFTER_MS
  )
  for (const { cart_id } of stale) {
    try {
      const { result } = await leasingRepairCartWorkflow(container).run({ input: { cart_id } })
      logger.info(`leasing: repaired interrupted update of cart ${cart_id} (${result})`)
    } catch (error) {
      logger.warn(`leasing: could not repair cart ${cart_id} yet: ${(error as Error).message}`)
    }
  }
}

export const config = {
  name: "leasing-repair-interrupted-carts",
  schedule: { interval: 30_000 },
}
