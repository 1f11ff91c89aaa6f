import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"

export const discardOrphanOrdersStepId = "leasing-discard-orphan-orders"
/**
 * A server killed inside core's completion, after it created the order and before it linked it
 * to the cart, leaves an order no one can reach: the cart is not completed, so the retry places
 * another. Core's compensation would have deleted it; a crash skips compensations. This deletes
 * such orders of this cart's devices (device numbers are unique, so an order carrying them and
 * linked to no cart can only be this cart's orphan), with any reservations made for them.
 * No compensation: what it deletes was never an order anyone saw or paid.
 */
export const discardOrphanOrdersStep = createStep(
  discardOrphanOrdersStepId,
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["items.metadata"], filters: { id: cart_id } })
    const deviceNumbers = (data[0]?.items ?? []).flatMap((i) =>
      leasingDataOf(i) ? [leasingDataOf(i)!.device_number] : []
    )
    if (!deviceNumbers.length) return new StepResponse([] as string[])
    const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const orphans: { order_id: string; item_id: string }[] = await knex("order_item as oi")
      .join("order_line_item as li", "li.id", "oi.item_id")
      .whereNull("oi.deleted_at")
      .whereRaw("(li.metadata->'leasing'->>'device_number')::int = any(?)", [deviceNumbers])
      .whereNotExists(knex("order_cart as oc").whereRaw("oc.order_id = oi.order_id").whereNull("oc.deleted_at"))
      .select("oi.order_id", "li.id as item_id")
    const orderIds = [...new Set(orphans.map((o) => o.order_id))]
    if (!orderIds.length) return new StepResponse([] as string[])
    await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(orphans.map((o) => o.item_id))
    await container.resolve(Modules.ORDER).deleteOrders(orderIds)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`leasing: deleted order(s) ${orderIds.join(", ")} a crash left unlinked from cart ${cart_id}`)
    return new StepResponse(orderIds)
  }
)
