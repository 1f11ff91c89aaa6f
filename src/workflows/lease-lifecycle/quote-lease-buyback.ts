import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { RUNNING_LEASE_STATUSES } from "../../modules/leasing/constants"
import { lockContract } from "./contract-lock"
import { createBuybackQuoteStep } from "./steps/create-buyback-quote"

export type QuoteLeaseBuybackInput = { id: string; company_id?: string }
export const quoteLeaseBuybackWorkflowId = "leasing-quote-lease-buyback"

/**
 * A buyback quote for a running contract (ACTIVE or EXTENDED; else 409 CONTRACT_NOT_ACTIVE),
 * valid for the configured days; a newer quote replaces the open one.
 */
export const quoteLeaseBuybackWorkflow = createWorkflow(
  { name: quoteLeaseBuybackWorkflowId, idempotent: false },
  (input: QuoteLeaseBuybackInput) => {
    const { lockKey, contract } = lockContract(input, {
      statuses: RUNNING_LEASE_STATUSES,
      refusal: "CONTRACT_NOT_ACTIVE",
      action: "a buyback",
    })
    const quoteId = createBuybackQuoteStep(
      transform({ contract }, ({ contract }) => ({
        contract_id: contract.id,
        company_id: contract.company_id,
        variant_id: contract.variant_id,
        monthly_rent: contract.monthly_rent,
        currency_code: contract.currency_code,
        now: new Date(),
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(quoteId)
  }
)
