import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEASING_MODULE } from "../../modules/leasing"
import LeasingModuleService from "../../modules/leasing/service"
import { recordLeasingOrderWorkflow } from "./record-leasing-order"

/** Checkout holds its lock 120 s at most: a checkout older than this without its order id died. */
export const CHECKOUT_STALE_AFTER_MS = 120_000
const BATCH = 50

/**
 * Finds leasing carts whose checkout placed a Medusa order but died before recording it (a
 * signatory, no order id, the cart completed) and creates their lease contracts. Returns the
 * ids of the orders it finished.
 */
export async function finishInterruptedLeasingCheckouts(container: MedusaContainer, olderThanMs = CHECKOUT_STALE_AFTER_MS): Promise<string[]> {
  const service = container.resolve<LeasingModuleService>(LEASING_MODULE)
  const started = await service.listLeasingCarts(
    { signatory_user_id: { $ne: null }, order_id: null, updated_at: { $lt: new Date(Date.now() - olderThanMs) } },
    { select: ["id", "cart_id", "company_id", "signatory_user_id"], take: BATCH, order: { updated_at: "ASC" } }
  )
  if (!started.length) return []
  const { data: carts } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "order.id"],
    filters: { id: started.map((s) => s.cart_id) },
  })
  const orderOfCart = new Map(carts.flatMap((c) => (c.completed_at && c.order?.id ? [[c.id, c.order.id] as const] : [])))
  const finished: string[] = []
  for (const record of started) {
    const orderId = orderOfCart.get(record.cart_id)
    if (!orderId) continue // the checkout failed before core placed the order: nothing to finish
    await recordLeasingOrderWorkflow(container).run({
      input: { leasing_cart_id: record.id, order_id: orderId, cart_id: record.cart_id, company_id: record.company_id, signatory_user_id: record.signatory_user_id },
    })
    finished.push(orderId)
  }
  return finished
}
