import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { COMPANY_MODULE } from "../../../../modules/company"
import CompanyModuleService from "../../../../modules/company/service"
import { parseRecordRef } from "../../../../modules/company/utils/record-ref"
import { leasingCreateCartWorkflow } from "../../../../workflows/leasing-cart/leasing-create-cart"
import { OrderItemInput } from "../../../../workflows/leasing-cart/types"
import { leasingCaller } from "../../../utils/leasing-caller"
import { platformList } from "../../../utils/platform-response"
import { platformCartViews } from "../../carts/leasing-view/platform-cart-view"
import { CreateLeasingCartType, ListLeasingCartsType } from "../../carts/validators"

/**
 * GET /store/leasing/carts — the company's open carts (not validated yet), oldest first, each in
 * the platform's cart view; `purchaser_id` keeps one purchaser's (an unknown user has none).
 */
export const GET = async (req: MedusaRequest<unknown, ListLeasingCartsType>, res: MedusaResponse) => {
  const { company_id } = leasingCaller(req)
  const { limit, offset, purchaser_id } = req.validatedQuery as ListLeasingCartsType
  let purchaserUserId: string | undefined
  if (purchaser_id !== undefined) {
    const ref = parseRecordRef(purchaser_id)
    const [user] = ref
      ? await req.scope
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .listLeasingCompanyUsers({ company_id, ...ref }, { select: ["id"], take: 1 })
      : []
    if (!user) {
      return res.json(platformList([], { total: 0, limit, offset }))
    }
    purchaserUserId = user.id
  }
  const [records, total] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listAndCountLeasingCarts(
      { company_id, order_id: null, ...(purchaserUserId ? { purchaser_user_id: purchaserUserId } : {}) },
      { select: ["cart_id"], order: { order_number: "ASC" }, skip: offset, take: limit }
    )
  const views = await platformCartViews(
    req.scope,
    records.map((r) => r.cart_id)
  )
  res.json(platformList(views, { total, limit, offset }))
}

/**
 * POST /store/leasing/carts — the company's new cart in the region of its devices, with its
 * purchaser and devices: 201 `{data: {order_id}}`. One open cart per purchaser (409
 * CART_ALREADY_EXISTS while the purchaser has one).
 */
export const POST = async (req: AuthenticatedMedusaRequest<CreateLeasingCartType>, res: MedusaResponse) => {
  const caller = leasingCaller(req)
  const { purchaser_id, order_items, acquisition_mode } = req.validatedBody
  const { result } = await leasingCreateCartWorkflow(req.scope).run({
    input: {
      caller: { company_id: caller.company_id, scope: caller.scope },
      sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0],
      purchaser_id,
      order_items: order_items as OrderItemInput[],
      acquisition_mode,
    },
  })
  const [record] = await req.scope
    .resolve<LeasingModuleService>(LEASING_MODULE)
    .listLeasingCarts({ cart_id: result.cart_id }, { select: ["order_number"], take: 1 })
  res.status(201).json({ data: { order_id: Number(record.order_number) } })
}
