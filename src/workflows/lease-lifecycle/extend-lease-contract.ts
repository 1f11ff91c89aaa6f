import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { KeyboardLayout } from "../../modules/leasing/constants"
import { getLeasingDevicePricesWorkflow } from "../leasing-catalog/get-leasing-device-prices"
import { followContractTermsStep } from "../leasing-devices/steps/follow-contract-terms"
import { LeaseEvents, LeaseExtensionMode, RUNNING_LEASE_STATUSES } from "../../modules/leasing/constants"
import { lockContract } from "./contract-lock"
import { createLeaseInstallmentsStep } from "./steps/create-lease-installments"
import { planLeaseExtensionStep } from "./steps/plan-lease-extension"
import { updateLeaseContractStep } from "./steps/update-lease-contract"
import { installmentSchedule } from "./utils/installment-schedule"
import { contractEventData } from "./utils/contract-event"

export type ExtendLeaseContractInput = {
  id: string
  company_id?: string
  mode: LeaseExtensionMode
  /** NEW_TERM only: the new term, one the offer still leases for, at the offer's current rent for it. */
  months?: number
}
export const extendLeaseContractWorkflowId = "leasing-extend-lease-contract"

/**
 * A running contract (ACTIVE or EXTENDED; else 409 CONTRACT_NOT_ACTIVE) runs on: EXTENDED with a
 * new term (its installments written now, the end date moved) or month to month (one installment
 * a month as each end date passes). A new term is priced as checkout prices a device: the
 * contract's offer, country and layout for that term, in its currency, with its customer's price
 * lists; a term the offer no longer leases is refused (400 LEASE_TERM_NOT_OFFERED) before any
 * write, and the new rent becomes the contract's (and its device's). The device's
 * `rental_end_date` follows the end date. Emits `lease_contract.extended` when the end date moved.
 * The daily job runs it month to month for contracts whose end passed without a choice.
 */
export const extendLeaseContractWorkflow = createWorkflow(
  { name: extendLeaseContractWorkflowId, idempotent: false },
  (input: ExtendLeaseContractInput) => {
    const { lockKey, contract } = lockContract(input, {
      statuses: RUNNING_LEASE_STATUSES,
      refusal: "CONTRACT_NOT_ACTIVE",
      action: "an extension",
    })
    // A new term at the offer's current rent for it (read only; refuses a term no longer offered).
    const newRent = when("leasing-extension-prices-new-term", { input }, ({ input }) => input.mode === "NEW_TERM").then(
      () => {
        const { data: orders } = useQueryGraphStep({
          entity: "order",
          fields: ["customer_id"],
          filters: transform({ contract }, ({ contract }) => ({ id: contract.order_id })),
        }).config({ name: "leasing-get-contract-customer" })
        const priced = getLeasingDevicePricesWorkflow.runAsStep({
          input: transform({ input, contract, orders }, ({ input, contract, orders }) => ({
            devices: [
              {
                ...(contract.variant_id
                  ? { variant_id: contract.variant_id }
                  : { catalog_number: contract.catalog_number }),
                delivery_country: contract.delivery_country,
                keyboard_layout: contract.keyboard_layout as KeyboardLayout | null,
                acquisition_mode: "LEASING" as const,
                lease_term_months: input.months ?? null,
              },
            ],
            currency_code: contract.currency_code,
            customer_id: (orders as { customer_id?: string | null }[])[0]?.customer_id ?? null,
          })),
        })
        return transform({ priced }, ({ priced }) => Number(priced[0].amount))
      }
    )
    const rent = transform({ contract, newRent }, ({ contract, newRent }) => newRent ?? contract.monthly_rent)
    const plan = planLeaseExtensionStep(
      transform({ input, contract }, ({ input, contract }) => ({
        contract_id: contract.id,
        starts_at: contract.starts_at,
        mode: input.mode,
        months: input.months,
        now: new Date(),
      }))
    )
    updateLeaseContractStep(
      transform({ input, contract, plan, rent }, ({ input, contract, plan, rent }) => ({
        id: contract.id,
        status: "EXTENDED",
        extension_mode: input.mode,
        ends_at: plan.ends_at,
        monthly_rent: rent,
        // A new term is announced again before its end; a rolling month is not.
        ...(input.mode === "NEW_TERM" ? { ending_soon_notified_at: null } : {}),
      }))
    )
    createLeaseInstallmentsStep(
      transform({ contract, plan, rent }, ({ contract, plan, rent }) =>
        installmentSchedule({
          contract_id: contract.id,
          company_id: contract.company_id,
          starts_at: contract.starts_at,
          monthly_rent: rent,
          currency_code: contract.currency_code,
          from: plan.from,
          to: plan.to,
        })
      )
    )
    // The device's rental end follows the contract's (and its rent a new term's).
    followContractTermsStep(
      transform({ contract, plan, rent }, ({ contract, plan, rent }) => ({
        contract_id: contract.id,
        rental_end_date: plan.ends_at,
        rent,
      }))
    )
    emitEventStep({
      eventName: LeaseEvents.EXTENDED,
      data: transform({ input, contract, plan }, ({ input, contract, plan }) =>
        new Date(plan.ends_at).getTime() === new Date(contract.ends_at).getTime() && contract.status === "EXTENDED"
          ? []
          : [
              contractEventData(contract, "EXTENDED", {
                extension_mode: input.mode,
                ends_at: new Date(plan.ends_at).toISOString(),
              }),
            ]
      ),
    }).config({ name: "leasing-emit-contract-extended" })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ contract, plan, rent }, ({ contract, plan, rent }) => ({
        id: contract.id,
        ends_at: plan.ends_at,
        monthly_rent: rent,
        installments_added: plan.to - plan.from + 1,
      }))
    )
  }
)
