// Copy of core behaviour: @medusajs/core-flows 2.21.2, dist/cart/workflows/update-cart.js
// (`updateCartWorkflow`, from the sales channel to the `cart.updated` event). Re-read it when
// upgrading Medusa: integration-tests/unit/core-copies.spec.ts checks the installed version and
// the steps followed. The refresh decision is in utils/describe-update.ts.
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  findOrCreateCustomerStep,
  findSalesChannelStep,
  prepareCartToUpdateStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import { validateCartSalesChannelStep } from "./steps/validate-sales-channel"
import { CoreCartUpdate } from "./types"

export type ApplyCoreCartUpdateInput = {
  cart_id: string
  update: CoreCartUpdate
  /** The region the cart ends in (the new one on a region change). */
  region: { id: string; currency_code: string; countries?: unknown[] }
  cart: {
    sales_channel_id: string | null
    customer_id: string | null
    email: string | null
    region?: { id?: string } | null
  }
}

export const applyCoreCartUpdateWorkflowId = "leasing-apply-core-cart-update"
/**
 * Core's own cart update, step for step as `update-cart` composes it (sales channel, customer,
 * region and address rules, the `cart.updated` event), for the body's core fields. Device lines
 * are the leasing workflow's: core's deletion of custom-priced lines on a region change is not run.
 */
export const applyCoreCartUpdateWorkflow = createWorkflow(
  applyCoreCartUpdateWorkflowId,
  (input: ApplyCoreCartUpdateInput) => {
    const cartData = transform({ input }, ({ input }) => ({
      sales_channel_id: input.update.sales_channel_id ?? input.cart.sales_channel_id,
      customer_id: input.cart.customer_id,
      email: input.update.email ?? input.cart.email,
    }))
    const [salesChannel, customer] = parallelize(
      findSalesChannelStep({ salesChannelId: cartData.sales_channel_id }),
      findOrCreateCustomerStep({ customerId: cartData.customer_id, email: cartData.email })
    )
    validateCartSalesChannelStep({ salesChannel })
    const cartInput = prepareCartToUpdateStep(
      transform({ input, customer, salesChannel }, ({ input, customer, salesChannel }) => {
        const { promo_codes, ...fields } = input.update
        return {
          input: { ...fields, id: input.cart_id },
          region: input.region,
          customer,
          salesChannel,
          cartToUpdate: input.cart,
        }
      })
    )
    parallelize(
      updateCartsStep([cartInput]),
      emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } })
    )
    return new WorkflowResponse(cartInput)
  }
)
