import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CartRefreshNeeds = {
  /** The devices changed and no core field did (else core's whole refresh runs): refresh at all. */
  refresh: boolean
  has_shipping_methods: boolean
  has_payment_collection: boolean
  /** The cart's promotion codes: core's refresh re-applies them with REPLACE. */
  promo_codes: string[]
  /** Whether any automatic promotion exists: one can apply to a cart that names no code. */
  automatic_promotions: boolean
}

export const loadCartRefreshNeedsStepId = "leasing-load-cart-refresh-needs"
/**
 * Reads only what decides which parts of core's refresh a device change needs: shipping methods
 * to re-price, promotions to recompute, a payment collection to re-amount. Reads nothing when no
 * refresh is asked for. Read-only: no compensation.
 */
export const loadCartRefreshNeedsStep = createStep(
  loadCartRefreshNeedsStepId,
  async ({ cart_id, refresh }: { cart_id: string; refresh: boolean }, { container }) => {
    if (!refresh) {
      return new StepResponse<CartRefreshNeeds>({
        refresh,
        has_shipping_methods: false,
        has_payment_collection: false,
        promo_codes: [],
        automatic_promotions: false,
      })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const promotions = container.resolve(Modules.PROMOTION)
    const [{ data }, automatic] = await Promise.all([
      query.graph({
        entity: "cart",
        fields: ["shipping_methods.id", "payment_collection.id", "promotions.code"],
        filters: { id: cart_id },
      }),
      promotions.listPromotions({ is_automatic: true }, { select: ["id"], take: 1 }),
    ])
    const cart = data[0] as
      | {
          shipping_methods?: ({ id: string } | null)[]
          payment_collection?: { id: string } | null
          promotions?: ({ code?: string | null } | null)[]
        }
      | undefined
    return new StepResponse<CartRefreshNeeds>({
      refresh,
      has_shipping_methods: (cart?.shipping_methods ?? []).some(Boolean),
      has_payment_collection: !!cart?.payment_collection,
      promo_codes: (cart?.promotions ?? []).flatMap((p) => (p?.code ? [p.code] : [])),
      automatic_promotions: automatic.length > 0,
    })
  }
)
