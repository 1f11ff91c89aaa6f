import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"

export const discardOrphanOrdersStepId = "leasing-discard-orphan-orders"
/**
 * A server killed inside core's completion, after it created the order and before it completed
 * the cart, leaves an order no one can reach: the cart is not completed, so the retry places
 * another. Core's compensation would have deleted it; a crash skips compensations. This deletes
 * such orders of this cart's devices (device numbers are unique, so an order carrying them can
 * only be this cart's), with any reservations made for them:
 * - linked to no cart (killed between core's `createOrdersStep` and its links);
 * - linked to this cart while the cart is not completed (core links the order and completes the
 *   cart in parallel steps: killed between the two). The link is dismissed too, else the retry's
 *   completion would find it, skip the order and answer with this one, never completing the cart
 *   nor authorising its payment (core authorises after both);
 * - on a completed cart with no linked order (killed between the same two steps the other way
 *   round): the cart is opened again (`completed_at` cleared), so the retry completes it for real.
 * Their links to the cart's payment collection are dismissed, so the retry's order can take it.
 * No compensation: what it deletes was never an order anyone saw or paid.
 */
export const discardOrphanOrdersStep = createStep(
  discardOrphanOrdersStepId,
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["completed_at", "items.metadata"], filters: { id: cart_id } })
    const deviceNumbers = (data[0]?.items ?? []).flatMap((i) =>
      leasingDataOf(i) ? [leasingDataOf(i)!.device_number] : []
    )
    if (!deviceNumbers.length) return new StepResponse([] as string[])
    const completed = !!data[0]?.completed_at
    const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const liveLink = (linkedCart: "any" | "other") =>
      knex("order_cart as oc")
        .whereRaw("oc.order_id = oi.order_id")
        .whereNull("oc.deleted_at")
        .modify((q) => (linkedCart === "other" ? q.whereNot("oc.cart_id", cart_id) : q))
    const orphans: { order_id: string; item_id: string }[] = await knex("order_item as oi")
      .join("order_line_item as li", "li.id", "oi.item_id")
      .whereNull("oi.deleted_at")
      .whereRaw("(li.metadata->'leasing'->>'device_number')::int = any(?)", [deviceNumbers])
      // A completed cart's linked order is its real one; an uncompleted cart has none yet.
      .whereNotExists(liveLink(completed ? "any" : "other"))
      .select("oi.order_id", "li.id as item_id")
    const orderIds = [...new Set(orphans.map((o) => o.order_id))]
    if (!orderIds.length) return new StepResponse([] as string[])
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    // Core links the order to the cart's payment collection too, and a collection belongs to one
    // order: left in place, the retry's order cannot be linked ("Cannot create multiple links
    // between 'order' and 'payment'", found by the crash suite). Dismissed, never deleted: the
    // link deletes the collection with the order, and the collection is the cart's.
    const payments: { order_id: string; payment_collection_id: string }[] = await knex("order_payment_collection")
      .whereIn("order_id", orderIds)
      .whereNull("deleted_at")
      .select("order_id", "payment_collection_id")
    const dismissed = [
      ...payments.map(({ order_id, payment_collection_id }) => ({
        [Modules.ORDER]: { order_id },
        [Modules.PAYMENT]: { payment_collection_id },
      })),
      ...(completed
        ? []
        : orderIds.map((order_id) => ({ [Modules.ORDER]: { order_id }, [Modules.CART]: { cart_id } }))),
    ]
    if (dismissed.length) await link.dismiss(dismissed)
    if (completed && !(await knex("order_cart").where({ cart_id }).whereNull("deleted_at").first())) {
      // Completed with no linked order: killed between the same parallel steps the other way round.
      // The cart goes back to a cart, so the retry's completion places (and links) its order.
      await container.resolve(Modules.CART).updateCarts(cart_id, { completed_at: null })
    }
    await container.resolve(Modules.INVENTORY).deleteReservationItemsByLineItem(orphans.map((o) => o.item_id))
    await container.resolve(Modules.ORDER).deleteOrders(orderIds)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`leasing: deleted order(s) ${orderIds.join(", ")} a crash left unlinked from cart ${cart_id}`)
    return new StepResponse(orderIds)
  }
)
