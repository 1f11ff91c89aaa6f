import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LeaseExtensionMode } from "../../../modules/leasing/constants"
import { leasingService } from "../../lease-contracts/steps/leasing-service"
import { addCalendarMonths } from "../../lease-contracts/utils/add-calendar-months"

export type PlanLeaseExtensionStepInput = {
  contract_id: string
  starts_at: Date
  mode: LeaseExtensionMode
  /** NEW_TERM: the months added. */
  months?: number
  now: Date
}
export type LeaseExtensionPlan = { from: number; to: number; ends_at: Date }

export const planLeaseExtensionStepId = "leasing-plan-lease-extension"

/**
 * Which installments an extension adds and the new end date, counted from the contract's start so
 * dates never drift. NEW_TERM adds `months`. MONTH_TO_MONTH adds the months needed for the end
 * date to lie ahead of now (none while it still does: the next month is added when the end
 * passes, by the daily job). Reads only.
 */
export const planLeaseExtensionStep = createStep(
  planLeaseExtensionStepId,
  async (input: PlanLeaseExtensionStepInput, { container }) => {
    const [last] = await leasingService(container).listLeaseInstallments(
      { contract_id: input.contract_id },
      { select: ["sequence"], order: { sequence: "DESC" }, take: 1, withDeleted: false }
    )
    const lastSequence = last?.sequence ?? 0
    const start = new Date(input.starts_at)
    let to = lastSequence
    if (input.mode === "NEW_TERM") {
      to = lastSequence + (input.months ?? 0)
    } else {
      const now = new Date(input.now).getTime()
      while (addCalendarMonths(start, to).getTime() <= now) to++
    }
    return new StepResponse<LeaseExtensionPlan>({ from: lastSequence + 1, to, ends_at: addCalendarMonths(start, to) })
  }
)
