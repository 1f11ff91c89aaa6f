import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueWebhookDeliveriesStep, EnqueueWebhookDeliveriesStepInput } from "./steps/enqueue-webhook-deliveries"

export const enqueueWebhookDeliveriesWorkflowId = "leasing-enqueue-webhook-deliveries"
/** A lease event becomes one pending delivery per subscribed endpoint of its company. */
export const enqueueWebhookDeliveriesWorkflow = createWorkflow(
  enqueueWebhookDeliveriesWorkflowId,
  (input: EnqueueWebhookDeliveriesStepInput) => {
    return new WorkflowResponse(enqueueWebhookDeliveriesStep(input))
  }
)
