import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export const acceptBuybackQuoteStepId = "leasing-accept-buyback-quote"

/** Marks a quote ACCEPTED with the payment collection that carries its amount; undone by reopening it. */
export const acceptBuybackQuoteStep = createStep(
  acceptBuybackQuoteStepId,
  async (input: { id: string; payment_collection_id: string; accepted_at: Date }, { container }) => {
    await leasingService(container).updateLeaseBuybackQuotes({
      id: input.id,
      status: "ACCEPTED",
      accepted_at: new Date(input.accepted_at),
      payment_collection_id: input.payment_collection_id,
    })
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await leasingService(container).updateLeaseBuybackQuotes({
      id,
      status: "OPEN",
      accepted_at: null,
      payment_collection_id: null,
    })
  }
)
