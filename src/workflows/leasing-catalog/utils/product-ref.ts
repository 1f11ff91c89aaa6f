import { parseRecordRef } from "../../../modules/company/utils/record-ref"

/**
 * A catalog product named by the caller: its integer alias (`catalog_number`) or its variant
 * id. Parsed like every other platform reference, so an integer beyond PostgreSQL's int4 is
 * simply an unknown product rather than a database error.
 */
export function productRef(ref: string | number): { catalog_number: number } | { variant_id: string } {
  const parsed = parseRecordRef(ref)
  return parsed && "number" in parsed ? { catalog_number: parsed.number } : { variant_id: String(ref) }
}
