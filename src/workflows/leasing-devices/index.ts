import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkDeviceChangeStep } from "./steps/check-device-change"
import { createRegisteredDevicesStep } from "./steps/create-devices"
import { followOrderDevicesStep, FollowOrderDevicesStepInput } from "./steps/follow-order-devices"
import { resolveDeviceInputsStep } from "./steps/resolve-device-inputs"
import { softDeleteDeviceStep } from "./steps/soft-delete-device"
import { updateDeviceStep } from "./steps/update-device"
import { DeviceInput } from "./types"

/** `POST /devices`: equipment the company already had joins its fleet (all or none). */
export const registerDevicesWorkflow = createWorkflow(
  "leasing-register-devices",
  (input: { company_id: string; devices: DeviceInput[] }) => {
    const devices = resolveDeviceInputsStep(input)
    const ids = createRegisteredDevicesStep(
      transform({ input, devices }, ({ input, devices }) => ({ company_id: input.company_id, devices }))
    )
    return new WorkflowResponse(ids)
  }
)

/** `PATCH /devices/:id`: assign, rename, record a serial number or a status; never what checkout owns. */
export const updateDeviceWorkflow = createWorkflow(
  "leasing-update-device",
  (input: { company_id: string; id: string; changes: DeviceInput }) => {
    const devices = resolveDeviceInputsStep(
      transform({ input }, ({ input }) => ({
        company_id: input.company_id,
        devices: [input.changes],
        device_id: input.id,
      }))
    )
    const changes = checkDeviceChangeStep(
      transform({ input, devices }, ({ input, devices }) => ({ id: input.id, changes: devices[0] }))
    )
    return new WorkflowResponse(
      updateDeviceStep(transform({ input, changes }, ({ input, changes }) => ({ id: input.id, changes })))
    )
  }
)

/** `DELETE /devices/:id`: a soft delete, refused for a device under a running lease. */
export const deleteDeviceWorkflow = createWorkflow("leasing-delete-device", (input: { id: string }) => {
  checkDeviceChangeStep(transform({ input }, ({ input }) => ({ id: input.id, deleting: true })))
  return new WorkflowResponse(softDeleteDeviceStep(input.id))
})

/** Ordered devices follow their order (subscribers of Medusa's shipment, delivery and cancel events). */
export const followOrderDevicesWorkflow = createWorkflow(
  "leasing-follow-order-devices",
  (input: FollowOrderDevicesStepInput) => {
    return new WorkflowResponse(followOrderDevicesStep(input))
  }
)
