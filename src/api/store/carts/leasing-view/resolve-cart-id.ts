import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { LeasingError, CART_NOT_FOUND_MESSAGE } from "../../../../utils/leasing-errors"

/** The Medusa cart id behind a path id: the id itself, or the cart's integer order id. */
export async function resolveCartId(scope: MedusaContainer, pathId: string): Promise<string> {
  if (!/^[1-9]\d{0,9}$/.test(pathId)) return pathId
  const number = Number(pathId)
  const [record] =
    number <= 2147483647
      ? await scope
          .resolve<LeasingModuleService>(LEASING_MODULE)
          .listLeasingCarts({ order_number: number }, { select: ["cart_id"], take: 1 })
      : []
  if (!record) {
    throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
  }
  return record.cart_id
}

/**
 * The Medusa cart id behind a path id (integer order id or Medusa id), checked against the
 * caller's company before anything runs on the cart (no repair, no lock, no workflow): another
 * company's cart and an unknown integer answer the same 404 as a missing cart. A Medusa id with
 * no leasing record is a cart no company owns yet (the update claims it, or refuses it).
 */
export async function resolveOwnedCart(
  scope: MedusaContainer,
  pathId: string,
  companyId: string
): Promise<{ cart_id: string; pending_update: unknown }> {
  const integer = /^[1-9]\d{0,9}$/.test(pathId)
  if (integer && Number(pathId) > 2147483647) {
    throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
  }
  const [record] = await scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listLeasingCarts(integer ? { order_number: Number(pathId) } : { cart_id: pathId }, {
      // The pending marker too: the caller's repair check needs no second lookup.
      select: ["cart_id", "company_id", "pending_update"],
      take: 1,
    })
  if ((integer && !record) || (record && record.company_id !== companyId)) {
    throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
  }
  return { cart_id: record?.cart_id ?? pathId, pending_update: record?.pending_update ?? null }
}
