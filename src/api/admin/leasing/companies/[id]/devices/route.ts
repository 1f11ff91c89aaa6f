import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../../../modules/leasing"
import LeasingModuleService from "../../../../../../modules/leasing/service"
import { AdminListCompanyDevicesType } from "../../device-validators"
import { retrieveCompanyOrThrow } from "../../helpers"
import { withAssignees } from "./with-assignees"

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** GET /admin/leasing/companies/:id/devices: the company's fleet (ordered and registered), by device number. */
export const GET = async (req: MedusaRequest<unknown, AdminListCompanyDevicesType>, res: MedusaResponse) => {
  await retrieveCompanyOrThrow(req)
  const { limit, offset, q, client_status } = req.validatedQuery as AdminListCompanyDevicesType
  const filters: Record<string, unknown> = { company_id: req.params.id, ...(client_status ? { client_status } : {}) }
  if (q) {
    const like = `%${escapeLike(q)}%`
    filters.$or = [{ name: { $ilike: like } }, { serial_number: { $ilike: like } }]
  }
  const [devices, count] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listAndCountDevices(filters, { order: { number: "ASC" }, skip: offset, take: limit })
  res.json({ devices: await withAssignees(req.scope, devices), count, limit, offset })
}
