import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../modules/leasing"
import LeasingModuleService from "../../modules/leasing/service"
import { finishInterruptedCheckoutWorkflow } from "./finish-interrupted-checkout"

/** A checkout that has not recorded its order this long after its first write is presumed dead. */
export const CHECKOUT_STALE_AFTER_MS = 120_000
const BATCH = 50

/**
 * Finds leasing carts whose checkout started (a signatory, no order id) more than `olderThanMs`
 * ago and finishes those whose order core had placed. Returns the ids of the orders it finished.
 * (A request on such a cart, a validate retried after the crash, finishes it sooner.)
 */
export async function finishInterruptedLeasingCheckouts(
  container: MedusaContainer,
  olderThanMs = CHECKOUT_STALE_AFTER_MS
): Promise<string[]> {
  const started = await container
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listLeasingCarts(
      { signatory_user_id: { $ne: null }, order_id: null, updated_at: { $lt: new Date(Date.now() - olderThanMs) } },
      { select: ["cart_id"], take: BATCH, order: { updated_at: "ASC" } }
    )
  const finished: string[] = []
  for (const { cart_id } of started) {
    const { result } = await finishInterruptedCheckoutWorkflow(container).run({ input: { cart_id } })
    if (result) finished.push(result)
  }
  return finished
}
