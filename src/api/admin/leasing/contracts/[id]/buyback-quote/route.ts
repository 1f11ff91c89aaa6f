import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminBuybackQuote } from "../../../../../../types/leasing"
import { quoteLeaseBuybackWorkflow } from "../../../../../../workflows/lease-lifecycle"
import { underContractLock } from "../../../../../utils/lease-schedule"
import { adminContractAnswer, adminQuote } from "../../lease-schedule-view"

/** POST /admin/leasing/contracts/:id/buyback-quote: a buyback quote for the company (e.g. asked by phone). */
export const POST = async (req: MedusaRequest, res: MedusaResponse<{ buyback_quote: AdminBuybackQuote }>) => {
  await adminContractAnswer(req.scope, req.params.id)
  const { result } = await underContractLock(() =>
    quoteLeaseBuybackWorkflow(req.scope).run({ input: { id: req.params.id } })
  )
  res.json({ buyback_quote: await adminQuote(req.scope, result) })
}
