import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPaymentCollectionsStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents, RUNNING_LEASE_STATUSES } from "../../modules/leasing/constants"
import { followContractDevicesStep } from "../leasing-devices/steps/follow-contract-devices"
import { lockContract } from "./contract-lock"
import { acceptBuybackQuoteStep } from "./steps/accept-buyback-quote"
import { loadOpenBuybackQuoteStep } from "./steps/load-open-buyback-quote"
import { setInstallmentsStatusStep } from "./steps/set-installments-status"
import { updateLeaseContractStep } from "./steps/update-lease-contract"
import { contractEventData } from "./utils/contract-event"

export type AcceptLeaseBuybackInput = { id: string; quote_id: string; company_id?: string }
export const acceptLeaseBuybackWorkflowId = "leasing-accept-lease-buyback"

/**
 * The company buys its device at the quoted price: a Medusa payment collection for the amount
 * (collected through the host's payment provider), the quote ACCEPTED, the contract BOUGHT_OUT,
 * its installments not yet due CANCELLED (those due stay owed), its device the company's (owned,
 * IN_SERVICE, bought at the quoted price), `lease_contract.bought_out`.
 * Refusals (CONTRACT_NOT_ACTIVE, QUOTE_NOT_FOUND, QUOTE_NOT_OPEN, QUOTE_EXPIRED) come before any write.
 */
export const acceptLeaseBuybackWorkflow = createWorkflow(
  { name: acceptLeaseBuybackWorkflowId, idempotent: false },
  (input: AcceptLeaseBuybackInput) => {
    const { lockKey, contract } = lockContract(input, {
      statuses: RUNNING_LEASE_STATUSES,
      refusal: "CONTRACT_NOT_ACTIVE",
      action: "a buyback",
    })
    const quote = loadOpenBuybackQuoteStep(
      transform({ input }, ({ input }) => ({ contract_id: input.id, quote_id: input.quote_id, now: new Date() }))
    )

    const collections = createPaymentCollectionsStep(
      transform({ quote }, ({ quote }) => [
        { currency_code: quote.currency_code, amount: quote.amount, metadata: { leasing_buyback_quote_id: quote.id } },
      ])
    )
    acceptBuybackQuoteStep(
      transform({ quote, collections }, ({ quote, collections }) => ({
        id: quote.id,
        payment_collection_id: collections[0].id,
        accepted_at: new Date(),
      }))
    )
    updateLeaseContractStep(
      transform({ contract }, ({ contract }) => ({ id: contract.id, status: "BOUGHT_OUT", ended_at: new Date() }))
    )
    setInstallmentsStatusStep(
      transform({ contract }, ({ contract }) => ({
        contract_id: contract.id,
        from: ["SCHEDULED" as const],
        to: "CANCELLED" as const,
      }))
    )
    followContractDevicesStep(
      transform({ contract, quote }, ({ contract, quote }) => ({
        contract_id: contract.id,
        status: "BOUGHT_OUT" as const,
        buyback_price: quote.amount,
      }))
    )
    emitEventStep({
      eventName: LeaseEvents.BOUGHT_OUT,
      data: transform({ contract, quote }, ({ contract, quote }) =>
        contractEventData(contract, "BOUGHT_OUT", { amount: quote.amount, currency_code: quote.currency_code })
      ),
    }).config({ name: "leasing-emit-contract-bought-out" })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ quote, collections }, ({ quote, collections }) => ({
        quote_id: quote.id,
        payment_collection_id: collections[0].id as string,
      }))
    )
  }
)
