import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { leasingService } from "../../lease-contracts/steps/leasing-service"
import { newWebhookSecret } from "../utils/webhook-secret"
import { webhookUrlProblem } from "../utils/webhook-url"

export type CreateWebhookEndpointStepInput = {
  company_id: string
  url: string
  events: string[]
  description?: string | null
}

export const createWebhookEndpointStepId = "leasing-create-webhook-endpoint"

/**
 * Checks the URL (WEBHOOK_URL_NOT_ALLOWED) and creates the endpoint with a new signing secret;
 * answers the endpoint id and the secret (the only time it leaves the server). Undone by deleting it.
 */
export const createWebhookEndpointStep = createStep(
  createWebhookEndpointStepId,
  async (input: CreateWebhookEndpointStepInput, { container }) => {
    const service = leasingService(container)
    const problem = webhookUrlProblem(input.url, service.getLifecycleOptions().webhookAllowLoopbackHttp)
    if (problem) throw new LeasingError("WEBHOOK_URL_NOT_ALLOWED", `${problem}.`)
    const secret = newWebhookSecret()
    const endpoint = await service.createLeaseWebhookEndpoints({
      company_id: input.company_id,
      url: input.url,
      events: [...new Set(input.events)].sort(),
      description: input.description ?? null,
      secret,
    })
    return new StepResponse({ id: endpoint.id, secret }, endpoint.id)
  },
  async (id, { container }) => {
    if (!id) return
    await leasingService(container).deleteLeaseWebhookEndpoints([id])
  }
)
