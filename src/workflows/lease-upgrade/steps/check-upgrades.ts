import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkUpgrades } from "../utils/check-upgrades"

export type CheckUpgradesStepInput = {
  company_id: string
  /** The cart being updated or checked out (its own devices are not "another cart"); null for a new one. */
  cart_id: string | null
  /** Per device, the contract it replaces (number or `lcon_` id), or null. */
  refs: (string | number | null | undefined)[]
  ignore_other_carts?: boolean
}

export const checkUpgradesStepId = "leasing-check-upgrades"
/** Checks the contracts a cart's devices replace (see `checkUpgrades`). Reads only. */
export const checkUpgradesStep = createStep(
  checkUpgradesStepId,
  async (input: CheckUpgradesStepInput, { container }) => {
    return new StepResponse(await checkUpgrades(container, input))
  }
)
