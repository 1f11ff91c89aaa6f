import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import CompanyModule from "../modules/company"

/** The company that owns a cart (one company, many carts). */
export default defineLink(CompanyModule.linkable.leasingCompany, {
  linkable: CartModule.linkable.cart,
  isList: true,
})
