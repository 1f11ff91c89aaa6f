import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { CartCaller, CartDevice } from "../types"

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
  "leasing_company.id",
  "leasing_cart.*",
  "items.id",
  "items.unit_price",
  "items.leasing_cart_line.*",
]

export const loadLeasingCartStepId = "load-leasing-cart"
/**
 * Loads the cart with its owner, leasing record and devices, and decides whether this caller
 * may update it: another company's cart does not exist for it (404 CART_NOT_FOUND), a
 * completed cart is no longer a cart (409 ORDER_NOT_CART), a READ caller may not write.
 */
export const loadLeasingCartStep = createStep(
  loadLeasingCartStepId,
  async ({ cart_id, caller, writes_leasing_data }: LoadLeasingCartStepInput, { container }) => {
    if (caller && caller.scope !== "WRITE") {
      throw new LeasingError("INSUFFICIENT_SCOPE", "Updating a cart needs WRITE scope.")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: LEASING_CART_FIELDS, filters: { id: cart_id } })
    const cart = data[0] as any
    const ownerId: string | null = cart?.leasing_company?.id ?? null
    const notFound = () => new LeasingError("CART_NOT_FOUND", `Cart ${cart_id} was not found.`)
    if (!cart || (ownerId && ownerId !== caller?.company_id)) {
      throw notFound()
    }
    if (!ownerId && !caller && writes_leasing_data) {
      throw new LeasingError("UNAUTHORIZED", "Leasing data needs a company API token or a signed-in company user.")
    }
    if (cart.completed_at) {
      throw new LeasingError("ORDER_NOT_CART", "Cart is no longer editable for this operation.")
    }
    const devices: CartDevice[] = (cart.items ?? [])
      .filter((item: any) => item?.leasing_cart_line)
      .map((item: any) => ({
        line_item_id: item.id,
        leasing_line_id: item.leasing_cart_line.id,
        unit_price: Number(item.unit_price),
        variant_id: item.leasing_cart_line.variant_id,
        acquisition_mode: item.leasing_cart_line.acquisition_mode,
        keyboard_layout: item.leasing_cart_line.keyboard_layout,
        delivery_country: item.leasing_cart_line.delivery_country,
        assignee_user_id: item.leasing_cart_line.assignee_user_id,
        shipping_address_id: item.leasing_cart_line.shipping_address_id,
        lease_term_months: item.leasing_cart_line.lease_term_months,
        rank: item.leasing_cart_line.rank,
      }))
      .sort((a: CartDevice, b: CartDevice) => a.rank - b.rank)
    return new StepResponse({
      cart,
      owner_company_id: ownerId,
      leasing_cart: cart.leasing_cart ?? null,
      devices,
      customer_group_ids: (cart.customer?.groups ?? []).flatMap((g: any) => (g ? [g.id] : [])),
    })
  }
)
