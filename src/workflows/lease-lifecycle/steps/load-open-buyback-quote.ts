import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LeasingError } from "../../../utils/leasing-errors"
import { leasingService } from "../../lease-contracts/steps/leasing-service"

export const loadOpenBuybackQuoteStepId = "leasing-load-open-buyback-quote"

/**
 * The quote being accepted: QUOTE_NOT_FOUND when it is not this contract's, QUOTE_NOT_OPEN when it
 * was accepted or replaced by a newer quote, QUOTE_EXPIRED past its validity. Reads only.
 */
export const loadOpenBuybackQuoteStep = createStep(
  loadOpenBuybackQuoteStepId,
  async (input: { contract_id: string; quote_id: string; now: Date }, { container }) => {
    const [quote] = await leasingService(container).listLeaseBuybackQuotes(
      { id: input.quote_id, contract_id: input.contract_id },
      { take: 1 }
    )
    if (!quote) throw new LeasingError("QUOTE_NOT_FOUND", `This contract has no buyback quote ${input.quote_id}.`)
    if (quote.status !== "OPEN")
      throw new LeasingError("QUOTE_NOT_OPEN", `Buyback quote ${quote.id} is ${quote.status}: ask for a new quote.`)
    if (new Date(quote.expires_at).getTime() <= new Date(input.now).getTime()) {
      throw new LeasingError(
        "QUOTE_EXPIRED",
        `Buyback quote ${quote.id} expired on ${new Date(quote.expires_at).toISOString()}: ask for a new quote.`
      )
    }
    return new StepResponse({ id: quote.id, amount: Number(quote.amount), currency_code: quote.currency_code })
  }
)
