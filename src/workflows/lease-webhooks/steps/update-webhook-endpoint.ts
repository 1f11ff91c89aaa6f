import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export type UpdateWebhookEndpointStepInput = {
  id: string
  /** Set for a company's own call: another company's endpoint is not found. */
  company_id?: string
  enabled?: boolean
  deleted?: boolean
}

export const updateWebhookEndpointStepId = "leasing-update-webhook-endpoint"

/**
 * Enables (clearing the failure count), disables or deletes (soft) an endpoint; WEBHOOK_ENDPOINT_NOT_FOUND
 * for an unknown one or another company's. The compensation restores it as it was.
 */
export const updateWebhookEndpointStep = createStep(
  updateWebhookEndpointStepId,
  async (input: UpdateWebhookEndpointStepInput, { container }) => {
    const service = leasingService(container)
    const [before] = await service.listLeaseWebhookEndpoints(
      { id: input.id, ...(input.company_id ? { company_id: input.company_id } : {}) },
      { take: 1 }
    )
    if (!before) throw new LeasingError("WEBHOOK_ENDPOINT_NOT_FOUND", `No webhook endpoint ${input.id}.`)
    const previous = {
      id: before.id,
      enabled: before.enabled,
      consecutive_failures: before.consecutive_failures,
      disabled_at: before.disabled_at ?? null,
    }
    if (input.deleted) {
      await service.softDeleteLeaseWebhookEndpoints([before.id])
    } else if (input.enabled !== undefined) {
      await service.updateLeaseWebhookEndpoints(
        input.enabled
          ? { id: before.id, enabled: true, consecutive_failures: 0, disabled_at: null }
          : { id: before.id, enabled: false, disabled_at: new Date() }
      )
    }
    return new StepResponse(before.id, { previous, deleted: !!input.deleted })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = leasingService(container)
    if (undo.deleted) await service.restoreLeaseWebhookEndpoints([undo.previous.id])
    await service.updateLeaseWebhookEndpoints(undo.previous)
  }
)
