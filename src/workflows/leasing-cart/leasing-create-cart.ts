import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { AcquisitionMode } from "../../modules/leasing/constants"
import { leasingUpdateCartWorkflow } from "./leasing-update-cart"
import { planNewCartStep } from "./steps/plan-new-cart"
import { CartCaller, OrderItemInput, RecordRef } from "./types"

export type LeasingCreateCartInput = {
  caller: CartCaller
  /** The sales channel of the publishable key the request came with. */
  sales_channel_id?: string
  purchaser_id: RecordRef
  order_items: OrderItemInput[]
  /** Cart-level mode: every device is leased or bought. */
  acquisition_mode?: AcquisitionMode
}

export const leasingCreateCartWorkflowId = "leasing-create-cart"
/**
 * The platform's `POST /carts`: a new cart of the caller's company in the region of its devices,
 * shipping to the company's address, with its purchaser and devices written by the same
 * `leasing-update-cart` workflow as every update (so the same checks and codes). One creation at
 * a time per company (a lock), so two requests cannot both find "no open cart" for a purchaser.
 * A failure in the update deletes the new cart again (core's compensation).
 */
export const leasingCreateCartWorkflow = createWorkflow(
  { name: leasingCreateCartWorkflowId, idempotent: false },
  (input: LeasingCreateCartInput) => {
    const lockKey = transform({ input }, ({ input }) => `leasing-new-cart:${input.caller.company_id}`)
    acquireLockStep({ key: lockKey, timeout: 2, ttl: 30 })
    const plan = planNewCartStep(
      transform({ input }, ({ input }) => ({
        company_id: input.caller.company_id,
        purchaser_id: input.purchaser_id,
        delivery_countries: input.order_items.map((i) => i.delivery_country),
      }))
    )
    const cart = createCartWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({
        region_id: plan.region_id,
        sales_channel_id: input.sales_channel_id,
        email: plan.email,
        ...(plan.shipping_address ? { shipping_address: plan.shipping_address } : {}),
      })),
    })
    leasingUpdateCartWorkflow.runAsStep({
      input: transform({ input, cart }, ({ input, cart }) => ({
        cart_id: cart.id,
        caller: input.caller,
        purchaser_id: input.purchaser_id,
        order_items: input.order_items.map((i) =>
          input.acquisition_mode ? { ...i, acquisition_mode: input.acquisition_mode } : i
        ),
      })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ cart }, ({ cart }) => ({ cart_id: cart.id })))
  }
)
