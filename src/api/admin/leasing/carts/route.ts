import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLeasingCartListResponse } from "../../../../types/leasing"
import { listOpenLeasingCarts } from "./queries/open-leasing-carts"
import { AdminListLeasingCartsType } from "./validators"

/** GET /admin/leasing/carts: open leasing carts, newest update first, optionally of one company. */
export const GET = async (
  req: MedusaRequest<unknown, AdminListLeasingCartsType>,
  res: MedusaResponse<AdminLeasingCartListResponse>
) => {
  const { company_id, limit, offset } = req.validatedQuery
  const { carts, count } = await listOpenLeasingCarts(req.scope, { company_id, limit, offset })
  res.json({ carts, count, limit, offset })
}
