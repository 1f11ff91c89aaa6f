import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isLeasingLine } from "../../../modules/leasing/utils/leasing-line-data"
import { LeasingCartRecord } from "../types"
import { settleInterruptedUpdate } from "../utils/settle-interrupted-update"

export const loadInterruptedUpdateStepId = "leasing-load-interrupted-update"
/**
 * Under the cart's lock: the interrupted update of a cart, if it still has one, and how to settle
 * it (which lines the cart keeps, which go). Null when there is nothing to repair.
 */
export const loadInterruptedUpdateStep = createStep(
  loadInterruptedUpdateStepId,
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "items.id", "items.metadata", "leasing_cart.*"],
      filters: { id: cart_id },
    })
    const leasingCart = (data[0]?.leasing_cart ?? null) as LeasingCartRecord | null
    if (!leasingCart?.pending_update) {
      return new StepResponse(null)
    }
    const items = (
      (data[0].items ?? []) as ({ id: string; metadata: Record<string, unknown> | null } | null)[]
    ).flatMap((i) => (i ? [{ id: i.id, is_device: isLeasingLine(i) }] : []))
    return new StepResponse({
      leasing_cart_id: leasingCart.id,
      previous_device_order: leasingCart.device_order,
      ...settleInterruptedUpdate(leasingCart.pending_update, items),
    })
  }
)
