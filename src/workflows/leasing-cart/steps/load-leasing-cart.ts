import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartDevicesOf, leasingDataOf } from "../../../modules/leasing/utils/leasing-line-data"
import { LeasingError, CART_NOT_FOUND_MESSAGE } from "../../../utils/leasing-errors"
import { CartCaller, CartDevice, LeasingCartRecord } from "../types"

export type LoadLeasingCartStepInput = { cart_id: string; caller: CartCaller | null; writes_leasing_data: boolean }

export const LEASING_CART_FIELDS = [
  "id",
  "email",
  "customer_id",
  "sales_channel_id",
  "locale",
  "completed_at",
  "currency_code",
  "shipping_address.*",
  "region.id",
  "region.name",
  "region.currency_code",
  "region.countries.*",
  "customer.groups.id",
  "leasing_cart.*",
  "items.id",
  "items.variant_id",
  "items.unit_price",
  "items.metadata",
]

type LoadedItem = { id: string; variant_id: string; unit_price: unknown; metadata: Record<string, unknown> | null }

export const loadLeasingCartStepId = "leasing-load-cart"
/**
 * Loads the cart with its leasing record and devices, and decides whether this caller may
 * update it: another company's cart does not exist for it (404 CART_NOT_FOUND), a completed
 * cart is no longer a cart (409 ORDER_NOT_CART), a READ caller may not write.
 */
export const loadLeasingCartStep = createStep(
  loadLeasingCartStepId,
  async ({ cart_id, caller, writes_leasing_data }: LoadLeasingCartStepInput, { container }) => {
    if (caller && caller.scope !== "WRITE") {
      throw new LeasingError("INSUFFICIENT_SCOPE", "Updating a cart needs WRITE scope.")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: LEASING_CART_FIELDS, filters: { id: cart_id } })
    const cart = data[0]
    const leasingCart = (cart?.leasing_cart ?? null) as LeasingCartRecord | null
    const ownerId = leasingCart?.company_id ?? null
    if (!cart || (ownerId && ownerId !== caller?.company_id)) {
      throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
    }
    if (!ownerId && !caller && writes_leasing_data) {
      throw new LeasingError("UNAUTHORIZED", "Leasing data needs a company API token or a signed-in company user.")
    }
    if (cart.completed_at) {
      throw new LeasingError("ORDER_NOT_CART", "Cart is no longer editable for this operation.")
    }
    if (leasingCart?.pending_update) {
      // Routes repair an interrupted update before they start one; under the lock this means
      // the repair itself could not run.
      throw new LeasingError("CART_LOCKED", "The cart's previous update is still being completed. Retry shortly.")
    }
    const items = ((cart.items ?? []) as (LoadedItem | null)[]).filter((i): i is LoadedItem => !!i)
    const devices: CartDevice[] = cartDevicesOf(items, leasingCart?.device_order)
    const customer = cart.customer as { groups?: ({ id: string } | null)[] } | null
    return new StepResponse({
      cart,
      leasing_cart: leasingCart,
      devices,
      // Lines without leasing data: on a company's cart a device replacement removes them.
      other_item_ids: items.filter((i) => !leasingDataOf(i)).map((i) => i.id),
      customer_group_ids: (customer?.groups ?? []).flatMap((g) => (g ? [g.id] : [])),
    })
  }
)
