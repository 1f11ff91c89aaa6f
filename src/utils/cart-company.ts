import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../modules/company"

// defineLink() registers with the running Medusa app when its file is loaded: loading it
// lazily keeps this helper importable before the app boots (tests, scripts).
const companyCartLink = (): typeof import("../links/company-cart").default => require("../links/company-cart").default

/**
 * The id of the company that owns a cart, or null when no company owns it. Company-scoped
 * routes compare it with the caller's company and answer 404 on any mismatch.
 */
export async function getCartCompanyId(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: companyCartLink().entryPoint,
    fields: ["leasing_company_id", "cart_id"],
    filters: { cart_id: cartId },
  })
  return (data[0] as { leasing_company_id?: string } | undefined)?.leasing_company_id ?? null
}

const cartCompanyLink = (cartId: string, companyId: string) => ({
  [COMPANY_MODULE]: { leasing_company_id: companyId },
  [Modules.CART]: { cart_id: cartId },
})

/** Links a cart to its owning company. */
export async function linkCartToCompany(container: MedusaContainer, cartId: string, companyId: string) {
  await container.resolve(ContainerRegistrationKeys.LINK).create(cartCompanyLink(cartId, companyId))
}

/** Removes that link again (compensation of a claim). */
export async function unlinkCartFromCompany(container: MedusaContainer, cartId: string, companyId: string) {
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(cartCompanyLink(cartId, companyId))
}
