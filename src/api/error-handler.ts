import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { describeLeasingError, isLeasingCode, LeasingErrorCode } from "../utils/leasing-errors"
import { answeringContract } from "./route-contracts/contract-table"

const MEDUSA_TYPE_BY_CODE: Partial<Record<LeasingErrorCode, string>> = {
  CONFLICT: MedusaError.Types.CONFLICT,
  NOT_FOUND: MedusaError.Types.NOT_FOUND,
  VALIDATION_ERROR: MedusaError.Types.INVALID_DATA,
  INTERNAL_ERROR: MedusaError.Types.UNEXPECTED_STATE,
}

/**
 * Wraps Medusa's error handler. Core's handler drops a 409's message and code, has no code on
 * validation errors, answers 500 to an undecodable path and shows the messages of the data
 * layer and the link module; the leasing contracts need codes and must not leak internals.
 * Which shape a request gets is what its route declared (`platformContract()`,
 * `medusaContract()`, `coreContractUnlessCompany()` in its middlewares.ts entry), never its URL.
 * Other routes are untouched. A host app that defines its own `errorHandler` can compose this one.
 */
export function leasingErrorHandler() {
  const core = errorHandler()
  return (err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void => {
    // The contract the route declared in its middlewares.ts entry (route-contracts/).
    const contract = answeringContract(req)
    if ((contract === "core" && !isLeasingCode(err?.code)) || res.headersSent) {
      return core(err, req, res, next)
    }
    const described = describeLeasingError(err)
    if (described.internal || described.status >= 500) {
      // The client sees a generic message; the details go to the log.
      req.scope?.resolve(ContainerRegistrationKeys.LOGGER).error(err)
    }
    if (contract === "platform") {
      res.status(described.status).json({ error: described.code, message: described.message })
      return
    }
    if (described.internal || err instanceof URIError) {
      const type = MEDUSA_TYPE_BY_CODE[described.code] ?? MedusaError.Types.UNEXPECTED_STATE
      res.status(described.status).json({ type, code: described.code, message: described.message })
      return
    }
    if (isLeasingCode(err?.code) || err?.type === MedusaError.Types.INVALID_DATA) {
      res.status(described.status).json({ type: err.type, code: described.code, message: described.message })
      return
    }
    // Body-parser errors and Medusa's own types: core's answer, as a stock Medusa route gives it.
    return core(err, req, res, next)
  }
}
