import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../modules/leasing"
import LeasingModuleService from "../../modules/leasing/service"
import { leasingRepairCartWorkflow } from "./leasing-repair-cart"

/**
 * Repairs the cart first when an update of it was interrupted: one indexed lookup when it was
 * not. Every route of a leasing cart calls this before it reads or writes the cart.
 */
export async function repairLeasingCartIfInterrupted(
  scope: MedusaContainer,
  cartId: string,
  /** The cart's leasing record when the caller has already read it: no second lookup. */
  known?: { pending_update: unknown } | null
): Promise<boolean> {
  const [record] =
    known !== undefined
      ? [known]
      : await scope
          .resolve<LeasingModuleService>(LEASING_MODULE)
          .listLeasingCarts({ cart_id: cartId }, { select: ["id", "pending_update"], take: 1 })
  if (!record?.pending_update) {
    return false
  }
  await leasingRepairCartWorkflow(scope).run({ input: { cart_id: cartId } })
  return true
}
