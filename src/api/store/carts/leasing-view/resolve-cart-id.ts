import { MedusaContainer } from "@medusajs/framework/types"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { LeasingError } from "../../../../utils/leasing-errors"

/** The Medusa cart id behind a path id: the id itself, or the cart's integer order id. */
export async function resolveCartId(scope: MedusaContainer, pathId: string): Promise<string> {
  if (!/^[1-9]\d{0,9}$/.test(pathId)) return pathId
  const number = Number(pathId)
  const [record] =
    number <= 2147483647
      ? await scope.resolve<LeasingModuleService>(LEASING_MODULE).listLeasingCarts({ order_number: number }, { select: ["cart_id"], take: 1 })
      : []
  if (!record) {
    throw new LeasingError("CART_NOT_FOUND", `Cart ${pathId} was not found.`)
  }
  return record.cart_id
}
