import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import CompanyModuleService from "../../../../modules/company/service"
import { parseRecordRef } from "../../../../modules/company/utils/record-ref"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { registerDevicesWorkflow } from "../../../../workflows/leasing-devices"
import { DeviceInput } from "../../../../workflows/leasing-devices/types"
import { leasingCaller } from "../../../utils/leasing-caller"
import { platformList } from "../../../utils/platform-response"
import { deviceViews } from "./device-view"
import { ListDevicesType, RegisterDevicesType } from "./validators"

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * GET /store/leasing/devices — the company's fleet, by device id; `user_id` (an unknown user
 * has none), `client_status` and `search` (name or serial number, case-insensitive) filter it.
 */
export const GET = async (req: MedusaRequest<unknown, ListDevicesType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { limit, offset, user_id, client_status, search } = req.validatedQuery as ListDevicesType
  const filters: Record<string, unknown> = { company_id }
  if (user_id !== undefined) {
    const ref = parseRecordRef(user_id)
    const [user] = ref
      ? await req.scope
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .listLeasingCompanyUsers({ company_id, ...ref }, { select: ["id"], take: 1 })
      : []
    if (!user) return res.json(platformList([], { total: 0, limit, offset }))
    filters.user_id = user.id
  }
  if (client_status) filters.client_status = client_status
  if (search) {
    const like = `%${escapeLike(search)}%`
    filters.$or = [{ name: { $ilike: like } }, { serial_number: { $ilike: like } }]
  }
  const [devices, total] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listAndCountDevices(filters, { order: { number: "ASC" }, skip: offset, take: limit })
  res.json(platformList(await deviceViews(req.scope, devices), { total, limit, offset }))
}

/** POST /store/leasing/devices (WRITE) — registers equipment the company already had: 201 `{data: {devices}}`. */
export const POST = async (req: MedusaRequest<RegisterDevicesType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { result: ids } = await registerDevicesWorkflow(req.scope).run({
    input: { company_id, devices: req.validatedBody.devices as DeviceInput[] },
  })
  const devices = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listDevices({ id: ids }, { order: { number: "ASC" } })
  res.status(201).json({ data: { devices: await deviceViews(req.scope, devices) } })
}
