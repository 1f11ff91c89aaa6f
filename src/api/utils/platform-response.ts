import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describeLeasingError, LEASING_ERROR_STATUS, LeasingErrorCode } from "../../utils/leasing-errors"

/** The leasing platform's error body, `{ error: CODE, message }`, with the code's status. */
export function sendPlatformErrorCode(res: MedusaResponse, code: LeasingErrorCode, message: string) {
  res.status(LEASING_ERROR_STATUS[code]).json({ error: code, message })
}

/** Answers any error thrown by leasing code in the platform's shape; internal errors are logged, not shown. */
export function sendPlatformError(res: MedusaResponse, err: unknown) {
  const { status, code, message } = describeLeasingError(err)
  if (status >= 500) {
    const scope = (res.req as { scope?: { resolve: (key: string) => { error: (e: unknown) => void } } })?.scope
    scope?.resolve(ContainerRegistrationKeys.LOGGER).error(err)
  }
  res.status(status).json({ error: code, message })
}

/** The platform's list body. */
export function platformList<T>(data: T[], meta: { total: number; limit: number; offset: number }) {
  return { data, meta }
}
