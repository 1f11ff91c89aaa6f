import type { DescribedLeasingError } from "./leasing-errors"

/**
 * Errors raised while Express reads a request, before any route code runs: body-parser's
 * (`http-errors` with a `type` such as `entity.parse.failed`) and Express's own when a path
 * parameter cannot be percent-decoded (`URIError` with `status` 400). Medusa's handler turns
 * the second into a 500 and the platform's contract needs codes for all of them.
 */
export function describeRequestError(err: any): DescribedLeasingError | null {
  if (err instanceof URIError) {
    return { status: 404, code: "NOT_FOUND", message: "Nothing exists at this path: it is not valid percent-encoding." }
  }
  const status = Number(err?.statusCode ?? err?.status)
  if (typeof err?.type !== "string" || !(status >= 400 && status < 500) || typeof err?.expose !== "boolean") {
    return null
  }
  switch (err.type) {
    case "entity.parse.failed":
      return invalidBody("The request body is not valid JSON: send a JSON object.")
    case "entity.verify.failed":
    case "request.aborted":
    case "request.size.invalid":
      return invalidBody("The request body could not be read completely: check its Content-Length.")
    case "entity.too.large":
      return {
        status: 413,
        code: "PAYLOAD_TOO_LARGE",
        message: `The request body is larger than the limit of ${Math.floor(Number(err.limit) / 1024) || 100} KB.`,
      }
    case "charset.unsupported":
      return unsupported(`The charset "${clip(err.charset)}" is not supported: send JSON encoded in UTF-8.`)
    case "encoding.unsupported":
      return unsupported(
        `The content encoding "${clip(err.encoding)}" is not supported: send gzip, deflate or identity.`
      )
  }
  if (status === 413) {
    return { status, code: "PAYLOAD_TOO_LARGE", message: "The request body is too large." }
  }
  if (status === 415) {
    return unsupported("The request body's media type is not supported: send application/json.")
  }
  return invalidBody("The request could not be read.")
}

const invalidBody = (message: string): DescribedLeasingError => ({ status: 400, code: "VALIDATION_ERROR", message })
const unsupported = (message: string): DescribedLeasingError => ({
  status: 415,
  code: "UNSUPPORTED_MEDIA_TYPE",
  message,
})

/** A client-sent token echoed in a message: short and printable. */
const clip = (value: unknown) =>
  String(value ?? "")
    .replace(/[^\x20-\x7e]/g, "?")
    .slice(0, 40)
