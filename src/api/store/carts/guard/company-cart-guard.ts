import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEASING_MODULE } from "../../../../modules/leasing"
import LeasingModuleService from "../../../../modules/leasing/service"
import { LEASING_METADATA_KEY } from "../../../../modules/leasing/utils/leasing-line-data"
import { CART_NOT_FOUND_MESSAGE, LeasingError } from "../../../../utils/leasing-errors"
import { repairLeasingCartIfInterrupted } from "../../../../workflows/leasing-cart/repair-if-interrupted"
import { isOnRoute, isUnder } from "../../../utils/declared-route"
import { cartIdOfRequest } from "./cart-of-request"

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** Set once a request is known to act on a leasing cart: errors then carry leasing codes. */
    leasing_cart_id?: string
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])

// In any letter case and encoding Express routes (see declared-route.ts).
const touchesLineItems = (req: MedusaRequest) => isUnder(req, "/store/carts/:id/line-items")

const hasLeasingKey = (metadata: unknown) =>
  !!metadata && typeof metadata === "object" && LEASING_METADATA_KEY in metadata

function claimsLeasingMetadata(req: MedusaRequest) {
  const body = req.body as { metadata?: unknown; items?: unknown } | undefined
  const items = Array.isArray(body?.items) ? (body!.items as { metadata?: unknown }[]) : []
  return hasLeasingKey(body?.metadata) || items.some((item) => hasLeasingKey(item?.metadata))
}

const FORGED_DEVICE = `metadata.${LEASING_METADATA_KEY} is reserved for devices written by the leasing update.`

/**
 * `POST /store/carts` (core's cart creation, which takes `items` with their metadata): no one
 * creates a cart holding a forged device or leasing data; 400 VALIDATION_ERROR, nothing created.
 */
export function refuseForgedDevices() {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    next(claimsLeasingMetadata(req) ? new LeasingError("VALIDATION_ERROR", FORGED_DEVICE) : undefined)
  }
}

/**
 * Guards every store route that reads or changes a cart. A company's cart (one with a leasing
 * record) exists only for that company's credentials: anyone else gets 404 CART_NOT_FOUND and
 * nothing runs; reads need READ scope, everything else WRITE. Its devices change only through the
 * leasing update (409 DEVICE_LINE_READ_ONLY on Medusa's line-item routes), and no one may forge
 * a device by sending `metadata.leasing`. An interrupted update is repaired before the route runs.
 * Plain carts go to core untouched (one indexed lookup).
 *
 * Runs after `resolveLeasingCallerIfPresent()`.
 */
export function guardCompanyCart(source: Parameters<typeof cartIdOfRequest>[1] = "path") {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      // The platform's routes here (PATCH, validate) check the caller themselves (401 before 404),
      // then ownership, then repair; the cart may be named by its integer id there. Their contract
      // is recorded before this guard runs (the request guard, route-contracts/contract-table.ts).
      if (req.leasing_contract === "platform") return next()
      if (touchesLineItems(req) && claimsLeasingMetadata(req)) {
        throw new LeasingError("VALIDATION_ERROR", FORGED_DEVICE)
      }
      const cartId = await cartIdOfRequest(req, source)
      if (!cartId) return next()
      const [record] = await req.scope
        .resolve<LeasingModuleService>(LEASING_MODULE)
        .listLeasingCarts({ cart_id: cartId }, { select: ["id", "company_id", "pending_update"], take: 1 })
      if (!record) return next()

      req.leasing_cart_id = cartId
      const caller = req.leasing_caller
      if (!caller || caller.company_id !== record.company_id) {
        throw new LeasingError("CART_NOT_FOUND", CART_NOT_FOUND_MESSAGE)
      }
      if (!READS.has(req.method) && caller.scope !== "WRITE") {
        throw new LeasingError("INSUFFICIENT_SCOPE", "Changing a company's cart needs WRITE scope.")
      }
      if (touchesLineItems(req) && !READS.has(req.method)) {
        throw new LeasingError(
          "DEVICE_LINE_READ_ONLY",
          "A company's cart holds devices only: change them with the leasing update (PATCH /store/carts/:id, or POST with additional_data.order_items)."
        )
      }
      // Checkout refuses an interrupted cart itself (completeLeasingCart) instead of repairing it silently.
      if (record.pending_update && !isOnRoute(req, "/store/carts/:id/complete")) {
        await repairLeasingCartIfInterrupted(req.scope, cartId, record)
      }
      next()
    } catch (err) {
      next(err)
    }
  }
}
