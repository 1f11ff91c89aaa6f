import type { DescribedLeasingError } from "./leasing-errors"

const SQLSTATE = /^[0-9A-Z]{5}$/
// MikroORM's driver exceptions read "<the SQL> - <PostgreSQL's message>".
const SQL_IN_MESSAGE = /^\s*(select|insert|update|delete|with)\s[\s\S]* - /i

/** PostgreSQL's error (raw, or wrapped by MikroORM), by its SQLSTATE or the SQL in its message. */
function sqlState(err: any): string | null {
  const code = err?.sqlState ?? err?.code
  if (
    typeof code === "string" &&
    SQLSTATE.test(code) &&
    (err?.severity || err?.routine || /Exception$/.test(String(err?.name)))
  ) {
    return code
  }
  return SQL_IN_MESSAGE.test(String(err?.message ?? "")) ? "" : null
}

/**
 * Errors whose message is a module's internals (SQL, MikroORM, the link module, Medusa's
 * data layer): mapped to a code with a generic sentence; the caller logs the original.
 * Returns null for anything else (its message is meant for clients).
 */
export function describeInternalError(err: any): DescribedLeasingError | null {
  const message = String(err?.message ?? "")
  const state = sqlState(err)
  if (state !== null) {
    if (state.startsWith("22")) {
      // Data exceptions: a NUL byte, an invalid UTF-8 sequence, a number out of range...
      return internal(400, "VALIDATION_ERROR", "The request contains a value that cannot be stored.")
    }
    if (state.startsWith("23") || state === "40001" || state === "40P01") {
      return internal(409, "CONFLICT", "The request conflicts with the current state of the data; reload and retry.")
    }
    return internal(500, "INTERNAL_ERROR", "An internal error occurred.")
  }
  // The link module and Medusa's data layer (`dbErrorMapper`) translate constraint violations
  // into MedusaErrors whose messages name tables, columns and link services.
  if (/^Cannot create multiple links between /.test(message) || /, already exists\.$/.test(message)) {
    return internal(409, "CONFLICT", "The request conflicts with the current state of the data; reload and retry.")
  }
  if (/^Cannot set field '.*' of .* to null$/.test(message)) {
    return internal(400, "VALIDATION_ERROR", "A required value is missing.")
  }
  if (/^You tried to set relationship /.test(message) || /^\w+ not found \(\{/.test(message)) {
    return internal(404, "NOT_FOUND", "A record the request refers to does not exist.")
  }
  if (/^column .* does not exist/.test(message)) {
    return internal(500, "INTERNAL_ERROR", "An internal error occurred.")
  }
  return null
}

function internal(status: number, code: DescribedLeasingError["code"], message: string): DescribedLeasingError {
  return { status, code, message, internal: true }
}
