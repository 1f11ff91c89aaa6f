import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { LeasingError, ORDER_NOT_FOUND_MESSAGE } from "../../../../utils/leasing-errors"

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** Set once a request is known to act on a company's order: errors then carry leasing codes. */
    leasing_order_id?: string
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])

const asId = (value: unknown) => (typeof value === "string" && value.length > 0 && value.length <= 100 ? value : null)

/**
 * Guards core's store routes that take an order id: `/store/orders/:id` and every path below it
 * (the transfers), and `POST /store/returns` (`order_id` in the body). Core treats an order id
 * as a key (anyone holding it reads the order or starts a return); a company's order (one its
 * leasing cart became) exists only for that company's credentials instead: anyone else gets
 * 404 ORDER_NOT_FOUND and nothing runs; reads need READ scope, everything else WRITE.
 * Orders no company placed go to core untouched (one lookup).
 *
 * Runs after `resolveLeasingCallerIfPresent()`.
 */
export function guardCompanyOrder(source: "path" | "body") {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const orderId = asId(
        source === "path" ? req.params.id : (req.body as Record<string, unknown> | undefined)?.order_id
      )
      if (!orderId) return next()
      const [record] = await req.scope
        .resolve<LeasingModuleService>(LEASING_MODULE)
        .listLeasingCarts({ order_id: orderId }, { select: ["id", "company_id"], take: 1 })
      if (!record) return next()

      req.leasing_order_id = orderId
      const caller = req.leasing_caller
      if (!caller || caller.company_id !== record.company_id) {
        throw new LeasingError("ORDER_NOT_FOUND", ORDER_NOT_FOUND_MESSAGE)
      }
      if (!READS.has(req.method) && caller.scope !== "WRITE") {
        throw new LeasingError("INSUFFICIENT_SCOPE", "Changing a company's order needs WRITE scope.")
      }
      next()
    } catch (err) {
      next(err)
    }
  }
}
