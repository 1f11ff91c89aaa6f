import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LEASING_MODULE } from "../../../../../../../modules/leasing"
import LeasingModuleService from "../../../../../../../modules/leasing/service"
import { updateDeviceWorkflow } from "../../../../../../../workflows/leasing-devices"
import { DeviceInput } from "../../../../../../../workflows/leasing-devices/types"
import { AdminUpdateCompanyDeviceType } from "../../../device-validators"
import { withAssignees } from "../with-assignees"

/**
 * POST /admin/leasing/companies/:id/devices/:device_id: staff edit a device of the company
 * (name, serial number, assignee, status) with the same rules as the company's own PATCH.
 */
export const POST = async (req: MedusaRequest<AdminUpdateCompanyDeviceType>, res: MedusaResponse) => {
  const service = req.scope.resolve<LeasingModuleService>(LEASING_MODULE)
  const [device] = await service.listDevices(
    { id: req.params.device_id, company_id: req.params.id },
    { select: ["id"], take: 1 }
  )
  if (!device) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Device ${req.params.device_id} was not found in company ${req.params.id}`
    )
  }
  const { result } = await updateDeviceWorkflow(req.scope).run({
    input: { company_id: req.params.id, id: device.id, changes: req.validatedBody as DeviceInput },
  })
  res.json({ device: (await withAssignees(req.scope, [result]))[0] })
}
