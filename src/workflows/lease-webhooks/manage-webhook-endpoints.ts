import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createWebhookEndpointStep, CreateWebhookEndpointStepInput } from "./steps/create-webhook-endpoint"
import { updateWebhookEndpointStep, UpdateWebhookEndpointStepInput } from "./steps/update-webhook-endpoint"

export const createWebhookEndpointWorkflowId = "leasing-create-webhook-endpoint"
/** A company's new webhook endpoint; answers its id and signing secret (shown once). */
export const createWebhookEndpointWorkflow = createWorkflow(
  createWebhookEndpointWorkflowId,
  (input: CreateWebhookEndpointStepInput) => {
    return new WorkflowResponse(createWebhookEndpointStep(input))
  }
)

export const updateWebhookEndpointWorkflowId = "leasing-update-webhook-endpoint"
/** Enables, disables or deletes an endpoint (a company's own, when `company_id` is given). */
export const updateWebhookEndpointWorkflow = createWorkflow(
  updateWebhookEndpointWorkflowId,
  (input: UpdateWebhookEndpointStepInput) => {
    return new WorkflowResponse(updateWebhookEndpointStep(input))
  }
)
