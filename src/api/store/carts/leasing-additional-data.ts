import { MedusaNextFunction, MedusaRequest, MedusaResponse, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { leasingCartAdditionalData } from "./validators"

const LEASING_KEYS = Object.keys(leasingCartAdditionalData)
// Medusa's own body validator (its message format), run on the leasing keys alone.
const validateLeasingKeys = validateAndTransformBody(z.object({ additional_data: z.object(leasingCartAdditionalData) }))

function validated(body: Record<string, unknown>): Promise<{ additional_data: Record<string, unknown> }> {
  const probe = { body } as MedusaRequest
  return new Promise((resolve, reject) =>
    validateLeasingKeys(probe, {} as MedusaResponse, (err?: unknown) =>
      err ? reject(err) : resolve(probe.validatedBody as any)
    )
  )
}

/**
 * `POST /store/carts/:id`: core's own body validator has run (so `additional_data` is core's
 * record, with core's messages, and keeps every key a host's hooks may read); then only the
 * leasing keys it carries are validated, with Medusa's validator and message format. Without
 * leasing keys nothing changes: the request is core's, byte for byte.
 *
 * Not a route `additionalDataValidator`: Medusa would wrap it in `z.object(...)`, which answers
 * a wrong type as `'object'` where core says `'record'`, and drops the keys it does not know.
 */
export function validateLeasingAdditionalData() {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const body = req.validatedBody as { additional_data?: Record<string, unknown> | null } | undefined
      const additional = body?.additional_data
      const leasing = additional
        ? Object.fromEntries(LEASING_KEYS.filter((key) => key in additional).map((key) => [key, additional[key]]))
        : {}
      if (Object.keys(leasing).length) {
        const parsed = await validated({ additional_data: leasing })
        body!.additional_data = { ...additional, ...parsed.additional_data }
      }
      next()
    } catch (err) {
      next(err)
    }
  }
}
