import { MedusaContainer } from "@medusajs/framework/types"
import { finishInterruptedCheckoutWorkflow } from "../../../../workflows/leasing-checkout/finish-interrupted-checkout"

/**
 * A checkout retried after the server died between core's order and the lease contracts: the
 * order exists, so the retry finishes it (contracts, order id) and answers with it, instead of
 * 409 ORDER_STATUS_TRANSITION_FORBIDDEN for an order the caller was never told about. Returns the order id, or null.
 */
export async function finishCheckoutIfInterrupted(
  scope: MedusaContainer,
  cartId: string,
  record: { signatory_user_id?: string | null; order_id?: string | null }
): Promise<string | null> {
  if (!record.signatory_user_id || record.order_id) return null
  const { result } = await finishInterruptedCheckoutWorkflow(scope).run({ input: { cart_id: cartId } })
  return result
}
