import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LeaseEvents } from "../../modules/leasing/constants"
import { flagEndingLeasesStep } from "./steps/flag-ending-leases"

export const announceEndingLeasesWorkflowId = "leasing-announce-ending-leases"
const LOCK = "leasing:ending-leases"

/** `lease_contract.ending_soon`, once per contract (and per new term), N days before its end. */
export const announceEndingLeasesWorkflow = createWorkflow(
  announceEndingLeasesWorkflowId,
  (input: { now?: string }) => {
    acquireLockStep({ key: LOCK, timeout: 10, ttl: 120 })
    const ending = flagEndingLeasesStep(
      transform({ input }, ({ input }) => ({ now: input.now ? new Date(input.now) : new Date() }))
    )
    emitEventStep({ eventName: LeaseEvents.ENDING_SOON, data: ending }).config({
      name: "leasing-emit-contracts-ending-soon",
    })
    releaseLockStep({ key: LOCK })
    return new WorkflowResponse(ending)
  }
)
