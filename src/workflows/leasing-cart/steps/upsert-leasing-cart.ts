import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEASING_MODULE } from "../../../modules/leasing"
import LeasingModuleService from "../../../modules/leasing/service"

export type UpsertLeasingCartStepInput = {
  cart_id: string
  existing: { id: string; purchaser_user_id: string | null; default_address_id: string | null } | null
  /** Undefined keeps the current purchaser. */
  purchaser_user_id?: string | null
  /** Undefined keeps the current default address. */
  default_address_id?: string | null
}

type Compensation = {
  created_id: string | null
  previous: { id: string; purchaser_user_id: string | null; default_address_id: string | null } | null
}

export const upsertLeasingCartStepId = "upsert-leasing-cart"
/**
 * Gives the cart its leasing record (and so its integer order id) on its first leasing update,
 * and records its purchaser and default address.
 */
export const upsertLeasingCartStep = createStep(
  upsertLeasingCartStepId,
  async ({ cart_id, existing, purchaser_user_id, default_address_id }: UpsertLeasingCartStepInput, { container }) => {
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    const changes: Record<string, string | null> = {}
    if (purchaser_user_id !== undefined) changes.purchaser_user_id = purchaser_user_id
    if (default_address_id !== undefined) changes.default_address_id = default_address_id
    if (!existing) {
      const created = await service.createLeasingCarts({ cart_id, ...changes })
      return new StepResponse<{ id: string }, Compensation | null>({ id: created.id }, { created_id: created.id, previous: null })
    }
    if (!Object.keys(changes).length) {
      return new StepResponse<{ id: string }, Compensation | null>({ id: existing.id }, null)
    }
    await service.updateLeasingCarts({ id: existing.id, ...changes })
    const { id, purchaser_user_id: purchaser, default_address_id: address } = existing
    return new StepResponse<{ id: string }, Compensation | null>(
      { id },
      { created_id: null, previous: { id, purchaser_user_id: purchaser, default_address_id: address } }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service: LeasingModuleService = container.resolve(LEASING_MODULE)
    if (compensation.created_id) {
      await service.deleteLeasingCarts(compensation.created_id)
    } else if (compensation.previous) {
      await service.updateLeasingCarts(compensation.previous)
    }
  }
)
