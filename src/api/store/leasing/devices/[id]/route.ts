import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../../modules/leasing"
import LeasingModuleService from "../../../../../modules/leasing/service"
import { LeasingError } from "../../../../../utils/leasing-errors"
import { deleteDeviceWorkflow, updateDeviceWorkflow } from "../../../../../workflows/leasing-devices"
import { DeviceInput } from "../../../../../workflows/leasing-devices/types"
import { leasingCaller } from "../../../../utils/leasing-caller"
import { deviceViews } from "../device-view"
import { UpdateDeviceType } from "../validators"

/** The caller's company's device named by the path's integer id; anyone else's is not found. */
async function deviceOfCaller(req: MedusaRequest) {
  const { company_id } = leasingCaller(req)
  const number = /^[1-9]\d{0,9}$/.test(req.params.id) ? Number(req.params.id) : NaN
  const [device] =
    number <= 2147483647
      ? await req.scope.resolve<LeasingModuleService>(LEASING_MODULE).listDevices({ company_id, number }, { take: 1 })
      : []
  if (!device) throw new LeasingError("DEVICE_NOT_FOUND", "Your company has no device with this id.")
  return { device, company_id }
}

/** GET /store/leasing/devices/:id */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { device } = await deviceOfCaller(req)
  res.json({ data: (await deviceViews(req.scope, [device]))[0] })
}

/** PATCH /store/leasing/devices/:id (WRITE): assign, rename, record a serial number or a status. */
export const PATCH = async (req: MedusaRequest<UpdateDeviceType>, res: MedusaResponse) => {
  const { device, company_id } = await deviceOfCaller(req)
  const { result } = await updateDeviceWorkflow(req.scope).run({
    input: { company_id, id: device.id, changes: req.validatedBody as DeviceInput },
  })
  res.json({ data: (await deviceViews(req.scope, [result]))[0] })
}

/** DELETE /store/leasing/devices/:id (WRITE): a soft delete, refused under a running lease. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  const { device } = await deviceOfCaller(req)
  await deleteDeviceWorkflow(req.scope).run({ input: { id: device.id } })
  res.json({ data: { id: Number(device.number), deleted: true } })
}
