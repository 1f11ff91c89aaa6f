import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leasingService } from "../../lease-contracts/steps/leasing-service"
import { buybackPrice, buybackRuleOf } from "../utils/buyback-price"

export type CreateBuybackQuoteStepInput = {
  contract_id: string
  company_id: string
  variant_id: string | null
  monthly_rent: number
  currency_code: string
  now: Date
}

export const createBuybackQuoteStepId = "leasing-create-buyback-quote"

/**
 * Prices a buyback with the offer's rule (or the plugin's) over the installments not yet due,
 * supersedes the contract's open quote and writes the new one. Undone by deleting the new quote
 * and reopening the superseded one.
 */
export const createBuybackQuoteStep = createStep(
  createBuybackQuoteStepId,
  async (input: CreateBuybackQuoteStepInput, { container }) => {
    const service = leasingService(container)
    const options = service.getLifecycleOptions()
    const [remaining, offers, open] = await Promise.all([
      service.listLeaseInstallments(
        { contract_id: input.contract_id, status: "SCHEDULED" },
        { select: ["id", "amount"] }
      ),
      input.variant_id
        ? service.listLeasingOffers({ variant_id: input.variant_id }, { select: ["id", "metadata"], take: 1 })
        : Promise.resolve([]),
      service.listLeaseBuybackQuotes({ contract_id: input.contract_id, status: "OPEN" }, { select: ["id"] }),
    ])
    const rule = buybackRuleOf(offers[0]?.metadata, {
      factor: options.buybackFactor,
      floor_months: options.buybackFloorMonths,
    })
    const remainingAmount = remaining.reduce((sum, i) => sum + Number(i.amount), 0)
    const superseded = open.map((q) => q.id)
    if (superseded.length)
      await service.updateLeaseBuybackQuotes({ selector: { id: superseded }, data: { status: "SUPERSEDED" } })
    const quote = await service.createLeaseBuybackQuotes({
      contract_id: input.contract_id,
      company_id: input.company_id,
      amount: buybackPrice({ remaining_amount: remainingAmount, monthly_rent: input.monthly_rent, rule }),
      currency_code: input.currency_code,
      remaining_installments: remaining.length,
      rule,
      expires_at: new Date(new Date(input.now).getTime() + options.buybackQuoteValidityDays * 24 * 60 * 60 * 1000),
    })
    return new StepResponse(quote.id, { created: quote.id, superseded })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = leasingService(container)
    await service.deleteLeaseBuybackQuotes([undo.created])
    if (undo.superseded.length)
      await service.updateLeaseBuybackQuotes({ selector: { id: undo.superseded }, data: { status: "OPEN" } })
  }
)
