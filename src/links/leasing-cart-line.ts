import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import LeasingModule from "../modules/leasing"

// Read-only, from the line item's side: `items.leasing_cart_line.*` in a cart query.
export default defineLink(
  { linkable: CartModule.linkable.lineItem, field: "id" },
  { ...LeasingModule.linkable.leasingCartLine.id, primaryKey: "line_item_id" },
  { readOnly: true }
)
