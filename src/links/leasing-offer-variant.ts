import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LeasingModule from "../modules/leasing"

// Read-only: the offer's own `variant_id` is the source of truth, so no link table is needed
// and `query.graph` can still fetch `leasing_offer.product_variant.*` in one call.
export default defineLink(
  { linkable: LeasingModule.linkable.leasingOffer, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
