import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import LeasingModule from "../modules/leasing"

// Read-only, from the cart's side: `cart.leasing_cart.*` in a query, keyed by leasing_cart.cart_id.
export default defineLink(
  { linkable: CartModule.linkable.cart, field: "id" },
  { ...LeasingModule.linkable.leasingCart.id, primaryKey: "cart_id" },
  { readOnly: true }
)
